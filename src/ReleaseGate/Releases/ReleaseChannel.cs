using ReleaseGate.Evaluation;
using ReleaseGate.Releases.Channel;

namespace ReleaseGate.Releases;

/// <summary>
/// A release channel: which version is live, which was last good, and why each changed. A canary compares a
/// candidate with the live version's score report and promotes or rejects it; a rollback returns to last-good.
/// </summary>
public sealed class ReleaseChannel
{
    private readonly IReleaseStateStore _store;
    private readonly CanaryEvaluator _evaluator;
    private readonly TimeProvider _time;

    /// <summary>Creates a channel over a store.</summary>
    /// <param name="store">Where the state, history and reports are kept.</param>
    /// <param name="policy">The canary policy; the default policy when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for history entries; the system clock when <see langword="null"/>.</param>
    public ReleaseChannel(IReleaseStateStore store, CanaryPolicy? policy = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _evaluator = new CanaryEvaluator(policy);
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The current state.</summary>
    /// <returns>Live, last-good and history.</returns>
    /// <exception cref="ReleaseStateCorruptException">The stored state cannot be trusted.</exception>
    public ReleaseState Status() => _store.Read();

    /// <summary>Evaluates a candidate report file against the live version and promotes or rejects it.</summary>
    /// <param name="candidatePath">The candidate's score report.</param>
    /// <param name="accepted">Reviewed accepted regressions, or <see langword="null"/>.</param>
    /// <returns>The decision; the history records it either way.</returns>
    /// <exception cref="EvaluationException">The candidate report is invalid or does not match the baseline.</exception>
    /// <exception cref="InvalidOperationException">The channel has no live version yet.</exception>
    public CanaryDecision Canary(string candidatePath, AcceptedRegressions? accepted = null)
    {
        var (report, bytes) = ReadReport(candidatePath);
        return Canary(report, bytes, accepted);
    }

    /// <summary>Evaluates an in-memory candidate report against the live version and promotes or rejects it.</summary>
    /// <param name="candidate">The candidate's score report.</param>
    /// <param name="accepted">Reviewed accepted regressions, or <see langword="null"/>.</param>
    /// <returns>The decision; the history records it either way.</returns>
    /// <exception cref="EvaluationException">The candidate report does not match the baseline.</exception>
    /// <exception cref="InvalidOperationException">The channel has no live version yet.</exception>
    public CanaryDecision Canary(ScoreReport candidate, AcceptedRegressions? accepted = null)
    {
        var bytes = ScoreReportWriter.ToUtf8Bytes(candidate);
        return Canary(ScoreReportReader.Parse(bytes, candidate.SourcePath ?? candidate.Build.Version), bytes, accepted);
    }

    /// <summary>Makes the version a report describes live, keeping the previous live version as last-good.</summary>
    /// <param name="reportPath">The version's score report; it becomes the baseline of later canaries.</param>
    /// <returns>The state after the promotion.</returns>
    /// <exception cref="EvaluationException">The report is invalid.</exception>
    public ReleaseState Promote(string reportPath)
    {
        var (report, bytes) = ReadReport(reportPath);
        return Promote(report, bytes);
    }

    /// <summary>Makes the version an in-memory report describes live, keeping the previous one as last-good.</summary>
    /// <param name="report">The version's score report; it becomes the baseline of later canaries.</param>
    /// <returns>The state after the promotion.</returns>
    public ReleaseState Promote(ScoreReport report)
    {
        var bytes = ScoreReportWriter.ToUtf8Bytes(report);
        return Promote(ScoreReportReader.Parse(bytes, report.SourcePath ?? report.Build.Version), bytes);
    }

    /// <summary>Makes the last-good version live again, in one step.</summary>
    /// <returns>The state after the rollback.</returns>
    /// <exception cref="InvalidOperationException">There is no last-good version.</exception>
    public ReleaseState Rollback() => _store.Update(state =>
    {
        var target = state.LastGood ?? throw new InvalidOperationException(
            $"{ReleaseGateErrorCodes.NothingToRollBack}: there is no last-good version to roll back to " +
            $"(live is {state.Live?.Version ?? "nothing"}). Promote a known good report instead.");

        // Last-good becomes what was last-good when the target itself went live, so rollbacks can be repeated.
        var previous = state.History.LastOrDefault(e => e.LiveAfter == target && e.Action != ReleaseAction.CanaryRejected);
        return Entry(state, ReleaseAction.RolledBack, target,
            [$"Rolled back from {state.Live?.Version ?? "nothing"} to {target.Version}."],
            live: target, lastGood: previous?.LastGoodAfter == target ? null : previous?.LastGoodAfter);
    });

    private CanaryDecision Canary(ScoreReport candidate, byte[] bytes, AcceptedRegressions? accepted)
    {
        _store.SaveReport(candidate.SourceSha256!, bytes);
        CanaryDecision? decision = null;
        _store.Update(state =>
        {
            var live = state.Live ?? throw new InvalidOperationException(
                $"{ReleaseGateErrorCodes.NoLiveVersion}: the channel has no live version to compare " +
                $"{candidate.Build.Version} with. Promote the first version directly " +
                "(`releasegate release promote --state FILE --report FILE`).");
            var baseline = ScoreReportReader.Parse(_store.LoadReport(live.ReportSha256), $"{live.Version} (live)");
            decision = _evaluator.Evaluate(baseline, candidate, accepted);
            var subject = new ReleaseVersion(candidate.Build.Version, candidate.SourceSha256!);
            return decision.Promoted
                ? Entry(state, ReleaseAction.CanaryPromoted, subject, [decision.Summary], subject, live)
                : Entry(state, ReleaseAction.CanaryRejected, subject, decision.Reasons, live, state.LastGood);
        });
        return decision!;
    }

    private ReleaseState Promote(ScoreReport report, byte[] bytes)
    {
        _store.SaveReport(report.SourceSha256!, bytes);
        var subject = new ReleaseVersion(report.Build.Version, report.SourceSha256!);
        return _store.Update(state => state.Live == subject
            ? null
            : Entry(state, ReleaseAction.Promoted, subject,
                [state.Live is { } previous ? $"Replaces {previous.Version}, now last-good." : "First live version."],
                live: subject, lastGood: state.Live ?? state.LastGood));
    }

    private ReleaseHistoryEntry Entry(
        ReleaseState state,
        ReleaseAction action,
        ReleaseVersion subject,
        IReadOnlyList<string> reasons,
        ReleaseVersion? live,
        ReleaseVersion? lastGood) => new()
        {
            Sequence = state.History.Count + 1,
            Time = _time.GetUtcNow(),
            Action = action,
            Subject = subject,
            Reasons = reasons,
            LiveAfter = live,
            LastGoodAfter = lastGood,
        };

    private static (ScoreReport Report, byte[] Bytes) ReadReport(string path)
    {
        var bytes = JsonInputFile.ReadNonEmpty(path, "score report");
        return (ScoreReportReader.Parse(bytes, path), bytes);
    }
}
