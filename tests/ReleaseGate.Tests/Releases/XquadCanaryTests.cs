using ReleaseGate.Embeddings.MiniLM;
using ReleaseGate.Evaluation;
using ReleaseGate.Releases;
using Xunit.Abstractions;

namespace ReleaseGate.Tests.Releases;

/// <summary>
/// A real retrieval evaluation (see <see cref="XquadRetrievalFixture"/>): the canary must promote a rerun of the
/// normal pipeline, reject the degraded one, and rarely reject a candidate that differs from the baseline only
/// by noise.
/// </summary>
public sealed class XquadCanaryTests(XquadRetrievalFixture runs, ITestOutputHelper output)
    : IClassFixture<XquadRetrievalFixture>
{
    private const string HitAt3 = "hit@3";
    private const string ReciprocalRank = "reciprocalRank";

    [Fact]
    public void Every_run_indexes_the_240_passages_with_MiniLM_and_each_text_is_embedded_once()
    {
        var questions = runs.Questions.Select(q => q.InputText).Distinct(StringComparer.Ordinal).Count();

        Assert.Equal(1190, runs.Questions.Count);
        Assert.All(runs.Stores, store =>
        {
            Assert.Equal(240, store.Documents);
            Assert.Contains($"model={MiniLmEmbeddingGenerator.ModelId};dims=384;", store.Fingerprint,
                StringComparison.Ordinal);
        });
        Assert.All(runs.Reindexes, reindex => Assert.Equal(240, reindex.Added));
        Assert.Equal(questions, runs.NewlyEmbedded[0]);
        Assert.Equal(runs.Reindexes[0].ChunksEmbedded, runs.NewlyEmbedded[1]);
        Assert.Equal(0, runs.NewlyEmbedded[2]);
        Assert.True(runs.NewlyEmbedded[3] > 0, "the first sentences are new texts");
    }

    [Fact]
    public void A_rerun_of_the_normal_pipeline_promotes()
    {
        var decision = new CanaryEvaluator().Evaluate(runs.Normal, runs.Rerun);

        Assert.True(decision.Promoted, decision.Summary);
        Assert.All(decision.Metrics, m => Assert.Empty(m.NewlyFailing));
    }

    [Fact]
    public void First_sentence_passages_are_rejected_on_hit_at_3_and_reciprocal_rank()
    {
        var decision = new CanaryEvaluator().Evaluate(runs.Normal, runs.Degraded);

        foreach (var m in decision.Metrics)
        {
            output.WriteLine(
                $"{m.Metric}: normal {m.BaselineMean:0.0000}, degraded {m.CandidateMean:0.0000}, difference " +
                $"{m.MeanDifference:+0.0000;-0.0000}, 95% interval {m.IntervalLower:0.0000} to " +
                $"{m.IntervalUpper:0.0000}, {m.NewlyFailing.Count} newly fail, {m.NewlyPassing.Count} newly pass");
        }

        Assert.False(decision.Promoted);
        Assert.Contains(decision.Reasons, r => r.StartsWith($"{HitAt3} fell from", StringComparison.Ordinal));
        Assert.Contains(decision.Reasons, r => r.StartsWith($"{ReciprocalRank} fell from", StringComparison.Ordinal));
        Assert.All(decision.Metrics, m => Assert.True(m.CandidateMean < m.BaselineMean - 0.05, m.Metric));
    }

    [Fact]
    public void At_most_5_percent_of_200_noise_only_candidates_are_rejected_at_95_percent_confidence()
    {
        var evaluator = new CanaryEvaluator(new CanaryPolicy { Confidence = 0.95, BootstrapResamples = 1000 });
        var candidates = NoiseCandidates(runs.Normal, count: 200, seed: 11);

        var rejected = candidates.Count(c => !evaluator.Evaluate(runs.Normal, c).Promoted);
        var rate = (double)rejected / candidates.Count;

        foreach (var metric in new[] { HitAt3, ReciprocalRank })
        {
            output.WriteLine($"{metric}: normal mean {Mean(runs.Normal, metric):0.0000}, mean over the noise " +
                             $"candidates {candidates.Average(c => Mean(c, metric)):0.0000}");
        }

        output.WriteLine($"noise-only candidates rejected at 0.95: {rejected} of {candidates.Count} ({rate:P1})");
        Assert.InRange(rate, 0, 0.05);
    }

    /// <summary>
    /// Each candidate gives every case the scores of a case drawn at random, with replacement, from the normal
    /// run: the same distribution as the baseline, so any rejection is a false alarm.
    /// </summary>
    private static List<ScoreReport> NoiseCandidates(ScoreReport normal, int count, int seed)
    {
        var random = new Random(seed);
        var cases = normal.Cases;
        return Enumerable.Range(0, count)
            .Select(k => new ScoreReport(
                new BuildInfo($"noise{k}"),
                normal.Metrics,
                cases.Select(c => new CaseScores(c.Id, cases[random.Next(cases.Count)].Scores)).ToList()))
            .ToList();
    }

    private static double Mean(ScoreReport report, string metric) => report.Cases.Average(c => c.Scores[metric]);
}
