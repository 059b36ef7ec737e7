using Microsoft.Extensions.Time.Testing;
using ReleaseGate.Evaluation;
using ReleaseGate.Releases;
using ReleaseGate.Releases.Channel;

namespace OpsDemo;

/// <summary>Steps 5 and 6: a good release is promoted by its canary, a bad one is refused and rolled back.</summary>
internal sealed class ReleaseSteps(DemoWorkspace workspace, FakeTimeProvider clock, Evidence evidence)
{
    private const string Metric = "hit_at_3";
    private const int CaseCount = 30;

    private readonly ReleaseChannel _channel = new(new FileReleaseStateStore(workspace.ReleaseStateFile), null, clock);

    public void PromoteGoodRelease()
    {
        evidence.Step($"5. Canary a good release against the baseline ({workspace.ReleaseStateFile})");
        var baseline = Report("1.0.0", baselineScore: 0.9, seed: 1);
        _channel.Promote(baseline);
        evidence.Show($"baseline 1.0.0 is live (mean {Metric} {baseline.Mean(Metric):F2} over {CaseCount} cases)");

        var decision = _channel.Canary(Report("1.1.0", baselineScore: 0.9, seed: 2));
        var state = _channel.Status();
        evidence.Show($"canary 1.1.0: {decision.Verdict}: {decision.Summary}");
        evidence.Show($"live {state.Live?.Version}, last-good {state.LastGood?.Version}");
        evidence.Check(decision.Promoted && state.Live?.Version == "1.1.0" && state.LastGood?.Version == "1.0.0",
            "1.1.0 was promoted and 1.0.0 kept as last-good");
    }

    public void RefuseAndRollBackBadRelease()
    {
        evidence.Step("6. Canary a bad release (0.4 where the baseline has 0.9) and roll back");
        var bad = Report("1.2.0", baselineScore: 0.4, seed: 3);
        var decision = _channel.Canary(bad);
        evidence.Show($"canary 1.2.0: {decision.Verdict}: {decision.Summary}");
        foreach (var reason in decision.Reasons)
        {
            evidence.Show($"reason: {reason}");
        }

        evidence.Check(!decision.Promoted && _channel.Status().Live?.Version == "1.1.0",
            "1.2.0 was refused and live stayed on 1.1.0");

        // An operator who pushes the bad build past the canary anyway gets back to the good one in one call.
        _channel.Promote(bad);
        evidence.Show($"forced promote of 1.2.0: live {_channel.Status().Live?.Version}");
        var state = _channel.Rollback();
        evidence.Show($"rollback: live {state.Live?.Version}, history {state.History.Count} entries: " +
            string.Join(", ", state.History.Select(e => $"{e.Action} {e.Subject.Version}")));
        evidence.Check(state.Live?.Version == "1.1.0", "the rollback made 1.1.0 live again");
    }

    // Scores vary a little per case, as real ones do, around the given level.
    private static ScoreReport Report(string version, double baselineScore, int seed)
    {
        var random = new Random(seed);
        var cases = Enumerable.Range(1, CaseCount)
            .Select(i => new CaseScores(
                $"q{i:D2}",
                new Dictionary<string, double> { [Metric] = Math.Clamp(baselineScore + (random.NextDouble() - 0.5) / 10, 0, 1) }))
            .ToList();
        return new ScoreReport(new BuildInfo(version), [new MetricDefinition(Metric, MetricDirection.Higher)], cases);
    }
}
