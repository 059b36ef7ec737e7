using ReleaseGate.Evaluation;

namespace ReleaseGate.Releases;

/// <summary>Compares baseline and candidate on one metric and says whether, and why, it rejects.</summary>
internal static class MetricJudge
{
    private const double DefaultHigherPassThreshold = 0.5;

    public static MetricComparison Compare(
        MetricDefinition metric, CasePairing pairing, CanaryPolicy policy, AcceptedRegressions? accepted)
    {
        var name = metric.Name;
        var rules = policy.For(name);
        var better = metric.Direction == MetricDirection.Higher ? 1.0 : -1.0;
        var threshold = rules.PassThreshold
            ?? (metric.Direction == MetricDirection.Higher ? DefaultHigherPassThreshold : (double?)null);

        var differences = new List<double>(pairing.Paired.Count);
        var weights = new List<double>(pairing.Paired.Count);
        var newlyFailing = new List<CaseFlip>();
        var newlyPassing = new List<CaseFlip>();
        var acceptedFlips = new List<CaseFlip>();
        double baselineSum = 0, candidateSum = 0, weightSum = 0;
        foreach (var (b, c) in pairing.Paired)
        {
            var before = b.Scores[name];
            var after = c.Scores[name];
            var excuse = accepted?.Find(b.Id, name);
            var difference = after - before;
            if (excuse is not null && better * difference < 0)
            {
                difference = 0;
            }

            differences.Add(difference);
            weights.Add(b.Weight);
            baselineSum += b.Weight * before;
            candidateSum += b.Weight * after;
            weightSum += b.Weight;

            if (threshold is not { } t)
            {
                continue;
            }

            var passedBefore = better * (before - t) >= 0;
            var passesNow = better * (after - t) >= 0;
            if (passedBefore == passesNow)
            {
                continue;
            }

            var flip = new CaseFlip(b.Id, before, after, b.IsCritical || c.IsCritical)
            {
                AcceptedReason = excuse?.Reason,
            };
            (passesNow ? newlyPassing : excuse is null ? newlyFailing : acceptedFlips).Add(flip);
        }

        var meanDifference = weightSum > 0 ? differences.Zip(weights, (d, w) => d * w).Sum() / weightSum : 0;
        var method = differences.Count > policy.BootstrapMaxCases ? IntervalMethod.Normal : IntervalMethod.Bootstrap;
        var (lower, upper) = method == IntervalMethod.Normal
            ? NormalInterval.Interval(differences, weights, policy.Confidence)
            : PairedBootstrap.Interval(
                differences,
                weights,
                policy.Confidence,
                policy.BootstrapResamples,
                PairedBootstrap.SeedFor(policy.Seed, name));

        var candidateOnly = pairing.CandidateOnly;
        var onlyWeight = candidateOnly.Sum(c => c.Weight);
        var comparison = new MetricComparison
        {
            Metric = name,
            Direction = metric.Direction,
            Critical = metric.Critical,
            BaselineMean = weightSum > 0 ? baselineSum / weightSum : double.NaN,
            CandidateMean = weightSum > 0 ? candidateSum / weightSum : double.NaN,
            MeanDifference = meanDifference,
            IntervalLower = lower,
            IntervalUpper = upper,
            IntervalMethod = method,
            Policy = rules,
            MaxRegression = rules.MaxRegression ?? 0,
            PassThreshold = threshold,
            NewlyFailing = newlyFailing,
            NewlyPassing = newlyPassing,
            Accepted = acceptedFlips,
            CandidateOnlyCount = candidateOnly.Count,
            CandidateOnlyMean = onlyWeight > 0 ? candidateOnly.Sum(c => c.Weight * c.Scores[name]) / onlyWeight : null,
            Reasons = [],
        };
        return WithReasons(comparison, policy.Confidence);
    }

    private static MetricComparison WithReasons(MetricComparison m, double confidence)
    {
        var reasons = new List<string>();
        var cases = DecisionText.CasesClause(m.NewlyFailing);
        if (m.Policy.Minimum is { } minimum && m.CandidateMean < minimum)
        {
            reasons.Add($"{m.Metric} {DecisionText.Number(m.CandidateMean)} is below the minimum " +
                        $"{DecisionText.Number(minimum)}{cases}.");
        }

        if (m.Policy.Maximum is { } maximum && m.CandidateMean > maximum)
        {
            reasons.Add($"{m.Metric} {DecisionText.Number(m.CandidateMean)} is above the maximum " +
                        $"{DecisionText.Number(maximum)}{cases}.");
        }

        // Reject only when the whole interval lies beyond the allowance: the regression is real at this
        // confidence, not noise that a rerun could reverse.
        var regressed = m.Direction == MetricDirection.Higher
            ? m.IntervalUpper < -m.MaxRegression
            : m.IntervalLower > m.MaxRegression;
        if (regressed)
        {
            var verb = m.Direction == MetricDirection.Higher ? "fell" : "rose";
            reasons.Add(
                $"{m.Metric} {verb} from {DecisionText.Number(m.BaselineMean)} to " +
                $"{DecisionText.Number(m.CandidateMean)} (difference {DecisionText.Signed(m.MeanDifference)}, " +
                $"{DecisionText.Percent(confidence)} interval {DecisionText.Signed(m.IntervalLower)} to " +
                $"{DecisionText.Signed(m.IntervalUpper)}), more than the allowed regression of " +
                $"{DecisionText.Number(m.MaxRegression)}{cases}. Fix the regression, or accept the cases " +
                "that are meant to change in an accepted-regressions file.");
        }

        var critical = m.NewlyFailing.Where(f => f.Critical || m.Critical).ToList();
        if (critical.Count > 0)
        {
            var which = critical.Count == 1 ? "critical case" : $"{critical.Count} critical cases";
            var verb = critical.Count == 1 ? "newly fails" : "newly fail";
            var list = DecisionText.Examples(critical.Select(DecisionText.Flip), 5);
            reasons.Add($"{which} {verb} {m.Metric}: {list}; fix {(critical.Count == 1 ? "it" : "them")} or, " +
                        "if the change is intended, accept it in an accepted-regressions file.");
        }

        return m with { Reasons = reasons };
    }
}
