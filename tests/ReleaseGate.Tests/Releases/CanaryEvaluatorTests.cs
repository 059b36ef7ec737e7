using ReleaseGate.Evaluation;
using ReleaseGate.Releases;
using ReleaseGate.Tests.Evaluation;

namespace ReleaseGate.Tests.Releases;

public sealed class CanaryEvaluatorTests
{
    private static readonly CanaryEvaluator Evaluator = new();

    [Fact]
    public void Identical_reports_promote()
    {
        var baseline = Reports.Create("v1", Reports.PassRate(200, 0.9));
        var candidate = Reports.Create("v2", Reports.PassRate(200, 0.9));

        var decision = Evaluator.Evaluate(baseline, candidate);

        Assert.Equal(CanaryVerdict.Promote, decision.Verdict);
        Assert.Empty(decision.Reasons);
        var accuracy = Assert.Single(decision.Metrics);
        Assert.Equal(0.9, accuracy.BaselineMean, 12);
        Assert.Equal(0.0, accuracy.MeanDifference);
        Assert.Equal((0.0, 0.0), (accuracy.IntervalLower, accuracy.IntervalUpper));
        Assert.StartsWith("Promote v2", decision.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Small_noise_in_both_directions_promotes()
    {
        var random = new Random(7);
        var baselineScores = Enumerable.Range(0, 300).Select(_ => 0.2 + (0.6 * random.NextDouble())).ToArray();
        var candidateScores = baselineScores.Select(s => s + ((random.NextDouble() - 0.5) * 0.1)).ToArray();

        var decision = Evaluator.Evaluate(Reports.Create("v1", baselineScores), Reports.Create("v2", candidateScores));

        Assert.True(decision.Promoted, decision.Summary);
        var accuracy = decision.Metrics[0];
        Assert.True(accuracy.IntervalLower < 0 && accuracy.IntervalUpper > 0, "the interval should straddle zero");
    }

    [Fact]
    public void A_candidate_at_0_4_against_0_9_is_rejected_with_an_actionable_reason()
    {
        var baseline = Reports.Create("v2", Reports.PassRate(100, 0.9));
        var candidate = Reports.Create("v3", Reports.PassRate(100, 0.4));

        var decision = Evaluator.Evaluate(baseline, candidate);

        Assert.Equal(CanaryVerdict.Reject, decision.Verdict);
        var accuracy = decision.Metrics[0];
        Assert.Equal(0.4, accuracy.CandidateMean, 12);
        Assert.True(accuracy.IntervalUpper < 0);
        Assert.Equal(50, accuracy.NewlyFailing.Count);
        Assert.Contains("accuracy fell from 0.90 to 0.40", decision.Summary, StringComparison.Ordinal);
        Assert.Contains("50 cases newly fail, e.g.", decision.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mean_below_the_minimum_rejects_even_without_a_regression()
    {
        var policy = new CanaryPolicy { Defaults = new MetricPolicy { Minimum = 0.8 } };
        var scores = Reports.PassRate(100, 0.4);

        var decision = new CanaryEvaluator(policy).Evaluate(Reports.Create("v1", scores), Reports.Create("v2", scores));

        Assert.False(decision.Promoted);
        Assert.Equal("accuracy 0.40 is below the minimum 0.80.", Assert.Single(decision.Reasons));
    }

    [Fact]
    public void A_regression_confined_to_critical_cases_rejects()
    {
        var baselineScores = Enumerable.Repeat(1.0, 100).ToArray();
        var candidateScores = baselineScores.ToArray();
        candidateScores[10] = 0;
        candidateScores[20] = 0;
        string[] Critical(int i) => i is 10 or 20 ? ["critical"] : [];

        var decision = Evaluator.Evaluate(
            Reports.Create("v1", baselineScores, Critical), Reports.Create("v2", candidateScores, Critical));

        Assert.False(decision.Promoted);
        var reason = Assert.Single(decision.Reasons);
        Assert.Contains("2 critical cases newly fail accuracy: q11 (1.00 -> 0.00), q21 (1.00 -> 0.00)", reason,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_two_flips_on_untagged_cases_are_within_noise()
    {
        var baselineScores = Enumerable.Repeat(1.0, 100).ToArray();
        var candidateScores = baselineScores.ToArray();
        candidateScores[10] = 0;
        candidateScores[20] = 0;

        var decision = Evaluator.Evaluate(Reports.Create("v1", baselineScores), Reports.Create("v2", candidateScores));

        Assert.True(decision.Promoted, decision.Summary);
        Assert.Equal(["q11", "q21"], decision.Metrics[0].NewlyFailing.Select(f => f.CaseId));
    }

    [Fact]
    public void The_summary_gives_the_first_reason_and_says_how_many_there_are()
    {
        var policy = new CanaryPolicy { Defaults = new MetricPolicy { Minimum = 0.8 } };

        var decision = new CanaryEvaluator(policy).Evaluate(
            Reports.Create("v1", Reports.PassRate(100, 0.9)), Reports.Create("v2", Reports.PassRate(100, 0.4)));

        Assert.Equal(2, decision.Reasons.Count);
        Assert.Equal($"Reject v2: {decision.Reasons[0]} (1 of 2 reasons)", decision.Summary);
    }

    [Fact]
    public void A_critical_metric_rejects_any_newly_failing_case()
    {
        var baseline = WithMetric("v1", new MetricDefinition("safety", MetricDirection.Higher, critical: true), 1, 1);
        var candidate = WithMetric("v2", new MetricDefinition("safety", MetricDirection.Higher, critical: false), 1, 0);

        var decision = Evaluator.Evaluate(baseline, candidate);

        Assert.False(decision.Promoted);
        Assert.Contains("critical case newly fails safety: q2", decision.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Lower_is_better_metrics_reject_when_they_rise()
    {
        var policy = new CanaryPolicy { Metrics = new Dictionary<string, MetricPolicy> { ["latency"] = new() { MaxRegression = 5 } } };
        var metric = new MetricDefinition("latency", MetricDirection.Lower);
        var baseline = WithMetric("v1", metric, Enumerable.Range(0, 50).Select(i => 100.0 + (i % 7)).ToArray());
        var slower = WithMetric("v2", metric, Enumerable.Range(0, 50).Select(i => 120.0 + (i % 5)).ToArray());
        var faster = WithMetric("v3", metric, Enumerable.Range(0, 50).Select(i => 80.0 + (i % 5)).ToArray());
        var evaluator = new CanaryEvaluator(policy);

        Assert.Contains("latency rose from", evaluator.Evaluate(baseline, slower).Summary, StringComparison.Ordinal);
        Assert.True(evaluator.Evaluate(baseline, faster).Promoted);
    }

    [Fact]
    public void The_same_seed_gives_the_same_interval_and_another_seed_a_different_one()
    {
        var random = new Random(3);
        var a = Enumerable.Range(0, 80).Select(_ => random.NextDouble()).ToArray();
        var b = a.Select(x => x * random.NextDouble()).ToArray();
        MetricComparison Run(int seed) => new CanaryEvaluator(new CanaryPolicy { Seed = seed })
            .Evaluate(Reports.Create("v1", a), Reports.Create("v2", b)).Metrics[0];

        Assert.Equal((Run(1).IntervalLower, Run(1).IntervalUpper), (Run(1).IntervalLower, Run(1).IntervalUpper));
        Assert.NotEqual(Run(1).IntervalLower, Run(2).IntervalLower);
    }

    [Fact]
    public void Cases_only_in_the_candidate_are_scored_apart()
    {
        var baseline = Reports.Create("v1", [1, 1, 1]);
        var candidate = Reports.Create("v2", [1, 1, 1, 0, 0.5]);

        var decision = Evaluator.Evaluate(baseline, candidate);

        Assert.True(decision.Promoted);
        Assert.Equal(["q4", "q5"], decision.CandidateOnlyCases);
        Assert.Equal(2, decision.Metrics[0].CandidateOnlyCount);
        Assert.Equal(0.25, decision.Metrics[0].CandidateOnlyMean);
        Assert.Equal(1.0, decision.Metrics[0].CandidateMean);
        Assert.Contains(decision.Notes, n => n.Contains("only in the candidate", StringComparison.Ordinal));
    }

    [Fact]
    public void Cases_missing_from_the_candidate_are_an_error_unless_the_policy_allows_them()
    {
        var baseline = Reports.Create("v1", [1, 1, 1, 1]);
        var candidate = Reports.Create("v2", [1, 1]);

        var problem = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(baseline, candidate)).Problem;
        var allowed = new CanaryEvaluator(new CanaryPolicy { AllowMissingCases = true }).Evaluate(baseline, candidate);

        Assert.Equal(EvaluationProblemKind.CaseSetMismatch, problem.Kind);
        Assert.Contains("2 of the baseline's 4 cases are missing (e.g. q3, q4)", problem.Message, StringComparison.Ordinal);
        Assert.True(allowed.Promoted);
        Assert.Equal(["q3", "q4"], allowed.BaselineOnlyCases);
    }

    [Fact]
    public void A_metric_on_one_side_only_is_an_error_naming_the_side()
    {
        var baseline = Reports.Create("v1", [1, 1]);
        var candidate = WithMetric("v2", new MetricDefinition("f1"), 1, 1);

        var problem = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(baseline, candidate)).Problem;

        Assert.Equal(EvaluationProblemKind.MetricMissing, problem.Kind);
        Assert.Equal(EvaluationFileRole.Candidate, problem.Role);
        Assert.Equal("accuracy", problem.Metric);
    }

    [Fact]
    public void A_policy_naming_an_unknown_metric_is_an_error()
    {
        var policy = new CanaryPolicy { Metrics = new Dictionary<string, MetricPolicy> { ["acuracy"] = new() { Minimum = 0.9 } } };
        var report = Reports.Create("v1", [1]);

        var problem = Assert.Throws<EvaluationException>(() => new CanaryEvaluator(policy).Evaluate(report, report)).Problem;

        Assert.Equal(EvaluationFileRole.Policy, problem.Role);
        Assert.Contains("acuracy", problem.Message, StringComparison.Ordinal);
    }

    private static ScoreReport WithMetric(string version, MetricDefinition metric, params double[] scores) => new(
        new BuildInfo(version),
        [metric],
        scores.Select((s, i) => new CaseScores($"q{i + 1}", new Dictionary<string, double> { [metric.Name] = s })).ToList());
}
