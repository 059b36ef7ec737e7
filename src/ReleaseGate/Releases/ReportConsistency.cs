using ReleaseGate.Evaluation;

namespace ReleaseGate.Releases;

/// <summary>Checks that two reports and a policy talk about the same metrics before anything is compared.</summary>
internal static class ReportConsistency
{
    public static List<MetricDefinition> MatchMetrics(ScoreReport baseline, ScoreReport candidate)
    {
        var matched = new List<MetricDefinition>();
        foreach (var b in baseline.Metrics)
        {
            var c = candidate.Metrics.FirstOrDefault(m => m.Name == b.Name)
                ?? throw Missing(b.Name, candidate, EvaluationFileRole.Candidate, baseline);
            if (c.Direction != b.Direction)
            {
                throw new EvaluationException(new EvaluationProblem(
                    EvaluationProblemKind.InvalidValue,
                    candidate.SourcePath,
                    $"{candidate.SourcePath ?? "the candidate"}: metric \"{b.Name}\" is {Word(c.Direction)}-is-better " +
                    $"here but {Word(b.Direction)}-is-better in the baseline. Declare it the same way in both.")
                {
                    Role = EvaluationFileRole.Candidate,
                    Metric = b.Name,
                });
            }

            // A candidate cannot drop a metric's criticality by itself: either side marking it counts.
            matched.Add(new MetricDefinition(b.Name, b.Direction, b.Critical || c.Critical));
        }

        var extra = candidate.Metrics.FirstOrDefault(c => baseline.Metrics.All(b => b.Name != c.Name));
        if (extra is not null)
        {
            throw Missing(extra.Name, baseline, EvaluationFileRole.Baseline, candidate);
        }

        return matched;
    }

    public static void CheckPolicyNames(CanaryPolicy policy, List<MetricDefinition> metrics)
    {
        var unknown = policy.Metrics.Keys.FirstOrDefault(name => metrics.All(m => m.Name != name));
        if (unknown is null)
        {
            return;
        }

        var known = string.Join(", ", metrics.Select(m => m.Name));
        throw new EvaluationException(new EvaluationProblem(
            EvaluationProblemKind.InvalidValue,
            policy.SourcePath,
            $"{policy.SourcePath ?? "the policy"}: metrics.{unknown} names a metric neither report declares " +
            $"(they declare {known}). Fix the name, or its bar is never checked.")
        {
            Role = EvaluationFileRole.Policy,
            Metric = unknown,
        });
    }

    private static EvaluationException Missing(
        string metric, ScoreReport lacking, EvaluationFileRole role, ScoreReport having)
    {
        var side = role == EvaluationFileRole.Candidate ? "baseline" : "candidate";
        return new EvaluationException(new EvaluationProblem(
            EvaluationProblemKind.MetricMissing,
            lacking.SourcePath,
            $"{lacking.SourcePath ?? "a report"}: metric \"{metric}\" is in the {side} " +
            $"({having.SourcePath ?? "in memory"}) but not here. Score both builds on the same metrics.")
        {
            Role = role,
            Metric = metric,
        });
    }

    private static string Word(MetricDirection direction) => direction == MetricDirection.Higher ? "higher" : "lower";
}
