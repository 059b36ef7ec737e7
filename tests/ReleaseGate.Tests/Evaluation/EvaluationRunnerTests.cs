using System.Text.Json;
using ReleaseGate.Evaluation;

namespace ReleaseGate.Tests.Evaluation;

public sealed class EvaluationRunnerTests
{
    private static readonly IReadOnlyList<EvalCase> Cases = EvalSetReader.Parse(
        System.Text.Encoding.UTF8.GetBytes("""
            {"id": "q1", "input": "capital of France", "expected": "Paris", "tags": ["critical"]}
            {"id": "q2", "input": "capital of Italy", "expected": "Rome", "weight": 2}
            {"id": "q3", "input": "capital of Spain", "expected": "Madrid"}
            """),
        "set.jsonl");

    [Fact]
    public async Task Scores_every_case_and_copies_tags_and_weights()
    {
        var answers = new Dictionary<string, string> { ["q1"] = "Paris", ["q2"] = "Milan", ["q3"] = "It is Madrid." };
        var runner = new EvaluationRunner([new ExactMatchScorer(), new NormalizedContainsScorer()])
        {
            MaxDegreeOfParallelism = 3,
        };

        var report = await runner.RunAsync(
            Cases, (c, _) => ValueTask.FromResult(new EvalOutput(answers[c.Id])), new BuildInfo("v1"));

        Assert.Equal(["q1", "q2", "q3"], report.Cases.Select(c => c.Id));
        Assert.Equal([1.0, 0.0, 0.0], report.Cases.Select(c => c.Scores["exactMatch"]));
        Assert.Equal([1.0, 0.0, 1.0], report.Cases.Select(c => c.Scores["contains"]));
        Assert.True(report.Cases[0].IsCritical);
        Assert.Equal(2.0, report.Cases[1].Weight);
        Assert.Equal(0.5, report.Mean("contains"));
        var reread = ScoreReportReader.Parse(ScoreReportWriter.ToUtf8Bytes(report), "r.json");
        Assert.Equal(["critical"], reread.Cases[0].Tags);
    }

    [Fact]
    public async Task A_throwing_function_fails_the_run_naming_the_case()
    {
        var runner = new EvaluationRunner([new ExactMatchScorer()]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => runner.RunAsync(
            Cases,
            (c, _) => c.Id == "q2" ? throw new TimeoutException("slow") : ValueTask.FromResult(new EvalOutput("x")),
            new BuildInfo("v1")));

        Assert.Contains("\"q2\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_scorers_for_one_metric_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new EvaluationRunner([new TokenF1Scorer(), new TokenF1Scorer()]));
    }

    [Fact]
    public async Task A_non_finite_score_fails_the_run()
    {
        var runner = new EvaluationRunner([new NaNScorer()]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => runner.RunAsync(
            Cases, (_, _) => ValueTask.FromResult(new EvalOutput("x")), new BuildInfo("v1")));
    }

    private sealed class NaNScorer : IScorer
    {
        public MetricDefinition Metric { get; } = new("broken");

        public double Score(EvalCase evalCase, EvalOutput output) =>
            evalCase.Expected.ValueKind == JsonValueKind.String ? double.NaN : 0;
    }
}
