using Microsoft.Extensions.AI;
using ReleaseGate.Evaluation;
using ReleaseGate.Indexing;
using ReleaseGate.Releases;
using ReleaseGate.Tests.Evaluation;
using Xunit.Abstractions;

namespace ReleaseGate.Tests.Releases;

/// <summary>
/// A real retrieval evaluation: the 240 XQuAD passages go into the runtime index, the 1,190 questions are asked,
/// and hit@3 and reciprocal rank decide between a rerun of the normal pipeline and a degraded one.
/// </summary>
public sealed class XquadCanaryTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<IScorer> Scorers = [new HitAtKScorer(3), new ReciprocalRankScorer()];

    [Fact]
    public async Task A_rerun_of_the_normal_pipeline_promotes_and_first_sentence_passages_are_rejected()
    {
        using var dir = new TempDirectory();
        var questions = XquadCorpus.Questions();
        Assert.Equal(1190, questions.Count);

        var normal = await RunAsync(dir, "normal", text => text, questions);
        var rerun = await RunAsync(dir, "rerun", text => text, questions);
        var degraded = await RunAsync(dir, "degraded", XquadCorpus.FirstSentence, questions);

        var evaluator = new CanaryEvaluator();
        var again = evaluator.Evaluate(normal, rerun);
        var worse = evaluator.Evaluate(normal, degraded);
        foreach (var m in worse.Metrics)
        {
            output.WriteLine($"{m.Metric}: normal {m.BaselineMean:0.0000}, degraded {m.CandidateMean:0.0000}, " +
                             $"interval {m.IntervalLower:0.0000} to {m.IntervalUpper:0.0000}, {m.NewlyFailing.Count} newly fail");
        }

        Assert.True(again.Promoted, again.Summary);
        Assert.False(worse.Promoted);
        Assert.Contains(worse.Reasons, r => r.StartsWith("hit@3 fell from", StringComparison.Ordinal));
        Assert.Contains(worse.Reasons, r => r.StartsWith("reciprocalRank fell from", StringComparison.Ordinal));
        Assert.True(worse.Metrics[0].CandidateMean < worse.Metrics[0].BaselineMean - 0.05);

        var rate = FalseAlarmRate(normal, candidates: 200, share: 1.0);
        var pairedRate = FalseAlarmRate(normal, candidates: 200, share: 0.1);
        output.WriteLine($"noise-only candidates rejected at 0.95: every case resampled {rate:P1}, " +
                         $"10% of cases resampled {pairedRate:P1}");
        Assert.InRange(rate, 0, 0.05);
        Assert.InRange(pairedRate, 0, 0.05);
    }

    /// <summary>
    /// Each noise-only candidate gives a share of the cases the scores of a case drawn at random (with replacement)
    /// from the normal run, and keeps the rest: the same distribution, so any rejection is a false alarm. With a
    /// small share the pairs stay close, which is the harder test of the paired interval's calibration.
    /// </summary>
    private static double FalseAlarmRate(ScoreReport normal, int candidates, double share)
    {
        var evaluator = new CanaryEvaluator(new CanaryPolicy { BootstrapResamples = 1000 });
        var random = new Random(11);
        var rejected = 0;
        for (var k = 0; k < candidates; k++)
        {
            var cases = normal.Cases
                .Select(c => random.NextDouble() < share
                    ? new CaseScores(c.Id, normal.Cases[random.Next(normal.Cases.Count)].Scores)
                    : c)
                .ToList();
            var noise = new ScoreReport(new BuildInfo($"noise{k}"), normal.Metrics, cases);
            rejected += evaluator.Evaluate(normal, noise).Promoted ? 0 : 1;
        }

        return (double)rejected / candidates;
    }

    private static async Task<ScoreReport> RunAsync(
        TempDirectory dir, string name, Func<string, string> shape, IReadOnlyList<EvalCase> questions)
    {
        await using var store = await SqliteIndexStore.OpenAsync(Path.Combine(dir.Path, name + ".db"));
        var index = new KnowledgeIndex(store, Embedder(), RedactionPolicy.None);
        await index.ReindexAsync(new XquadCorpus.ListSource(XquadCorpus.Passages(shape)));

        async ValueTask<EvalOutput> Retrieve(EvalCase question, CancellationToken token)
        {
            var hits = await index.SearchAsync(question.InputText, top: 10, cancellationToken: token);
            return new EvalOutput(ranked: hits.Select(h => h.DocumentId).Distinct().ToList());
        }

        return await new EvaluationRunner(Scorers).RunAsync(questions, Retrieve, new BuildInfo(name));
    }

    private static IEmbeddingGenerator<string, Embedding<float>> Embedder() => new HashingEmbeddingGenerator(2048);
}
