using ReleaseGate.Evaluation;
using ReleaseGate.Releases;
using ReleaseGate.Tests.Evaluation;

namespace ReleaseGate.Tests.Releases;

public sealed class PairedIntervalTests
{
    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.995, 2.575829303548901)]
    [InlineData(0.01, -2.326347874040841)]
    [InlineData(0.00001, -4.264890793922825)]
    public void The_normal_quantile_matches_published_values(double p, double z)
    {
        // The approximation's relative error is below 1.2e-9.
        Assert.InRange(Math.Abs(StandardNormal.Quantile(p) - z), 0, 2e-9 * Math.Max(1, Math.Abs(z)));
    }

    [Fact]
    public void Above_the_bootstrap_limit_the_interval_is_normal_and_matches_the_bootstrap()
    {
        var (baseline, candidate) = WeightedNoise(2_500, seed: 5);
        var normal = new CanaryEvaluator().Evaluate(baseline, candidate).Metrics[0];
        var always = new CanaryPolicy { BootstrapMaxCases = int.MaxValue };
        var bootstrap = new CanaryEvaluator(always).Evaluate(baseline, candidate).Metrics[0];

        Assert.Equal(IntervalMethod.Normal, normal.IntervalMethod);
        Assert.Equal(IntervalMethod.Bootstrap, bootstrap.IntervalMethod);
        Assert.Equal(bootstrap.MeanDifference, normal.MeanDifference, 12);

        // The two estimate the same spread; they differ by the bootstrap's resampling noise, a few percent.
        var halfWidth = (bootstrap.IntervalUpper - bootstrap.IntervalLower) / 2;
        Assert.InRange(normal.IntervalLower - bootstrap.IntervalLower, -0.08 * halfWidth, 0.08 * halfWidth);
        Assert.InRange(normal.IntervalUpper - bootstrap.IntervalUpper, -0.08 * halfWidth, 0.08 * halfWidth);
    }

    [Fact]
    public void The_normal_interval_uses_no_random_numbers_and_the_bootstrap_its_seed()
    {
        var (baseline, candidate) = WeightedNoise(2_001, seed: 8);
        MetricComparison Run(int seed, int limit) =>
            new CanaryEvaluator(new CanaryPolicy { Seed = seed, BootstrapMaxCases = limit })
                .Evaluate(baseline, candidate).Metrics[0];

        Assert.Equal(Run(1, 2_000).IntervalLower, Run(2, 2_000).IntervalLower);
        Assert.NotEqual(Run(1, 2_001).IntervalLower, Run(2, 2_001).IntervalLower);
        Assert.Equal(Run(1, 2_001).IntervalLower, Run(1, 2_001).IntervalLower);
    }

    [Fact]
    public void Noise_only_candidates_over_many_cases_are_rarely_rejected()
    {
        var random = new Random(13);
        var baseline = Reports.Create("v1", Enumerable.Range(0, 4_000).Select(_ => random.NextDouble()).ToList());
        var rejected = 0;
        const int Candidates = 200;
        for (var k = 0; k < Candidates; k++)
        {
            var scores = baseline.Cases.Select(c => c.Scores["accuracy"] + ((random.NextDouble() - 0.5) * 0.2));
            rejected += new CanaryEvaluator().Evaluate(baseline, Reports.Create($"n{k}", [.. scores])).Promoted ? 0 : 1;
        }

        // One tail of a 95% interval: about 2.5% of pure-noise candidates, comfortably under 5%.
        Assert.InRange((double)rejected / Candidates, 0, 0.05);
    }

    [Fact]
    public void A_small_real_drop_over_many_cases_is_rejected_by_the_normal_interval()
    {
        var random = new Random(21);
        var before = Enumerable.Range(0, 10_000).Select(_ => random.NextDouble()).ToArray();
        var after = before.Select(s => s - 0.01 + ((random.NextDouble() - 0.5) * 0.2)).ToArray();

        var decision = new CanaryEvaluator().Evaluate(Reports.Create("v1", before), Reports.Create("v2", after));

        Assert.False(decision.Promoted);
        Assert.Equal(IntervalMethod.Normal, decision.Metrics[0].IntervalMethod);
        Assert.Contains("accuracy fell from", decision.Reasons[0], StringComparison.Ordinal);
    }

    // Weights from 0.5 to 2 make the weighted variance matter; differences are noise around zero.
    private static (ScoreReport Baseline, ScoreReport Candidate) WeightedNoise(int count, int seed)
    {
        var random = new Random(seed);
        var baseline = new List<CaseScores>();
        var candidate = new List<CaseScores>();
        for (var i = 0; i < count; i++)
        {
            var weight = 0.5 + (1.5 * random.NextDouble());
            var score = random.NextDouble();
            var next = score + ((random.NextDouble() - 0.5) * 0.3);
            baseline.Add(new CaseScores($"q{i}", new Dictionary<string, double> { ["accuracy"] = score }, null, weight));
            candidate.Add(new CaseScores($"q{i}", new Dictionary<string, double> { ["accuracy"] = next }, null, weight));
        }

        MetricDefinition[] metrics = [new("accuracy")];
        return (new ScoreReport(new BuildInfo("v1"), metrics, baseline), new ScoreReport(new BuildInfo("v2"), metrics, candidate));
    }
}
