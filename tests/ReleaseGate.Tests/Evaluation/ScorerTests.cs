using System.Text.Json;
using ReleaseGate.Evaluation;

namespace ReleaseGate.Tests.Evaluation;

public sealed class ScorerTests
{
    [Theory]
    [InlineData("The Eiffel Tower!", "eiffel tower", 1.0)]
    [InlineData("Eiffel Tower in Paris", "eiffel tower", 0.0)]
    [InlineData("", "eiffel tower", 0.0)]
    public void Exact_match_ignores_case_punctuation_and_articles(string answer, string expected, double score)
    {
        Assert.Equal(score, new ExactMatchScorer().Score(Case(expected), new EvalOutput(answer)));
    }

    [Theory]
    [InlineData("It is the Eiffel Tower, in Paris.", "eiffel tower", 1.0)]
    [InlineData("They concatenate strings", "cat", 0.0)]
    [InlineData("A cat sat", "cat", 1.0)]
    public void Contains_matches_whole_words_after_normalization(string answer, string expected, double score)
    {
        Assert.Equal(score, new NormalizedContainsScorer().Score(Case(expected), new EvalOutput(answer)));
    }

    [Fact]
    public void Token_f1_counts_shared_tokens_against_the_best_reference()
    {
        var evalCase = Case(JsonSerializer.SerializeToElement(new[] { "the quick brown fox", "slow dog" }));

        // "quick fox jumps" vs "quick brown fox": 2 common, precision 2/3, recall 2/3.
        var score = new TokenF1Scorer().Score(evalCase, new EvalOutput("A quick fox jumps"));

        Assert.Equal(2.0 / 3.0, score, 12);
        Assert.Equal(0.0, new TokenF1Scorer().Score(evalCase, new EvalOutput("nothing shared")));
        Assert.Equal(1.0, TokenF1Scorer.F1(["a", "a"], ["a", "a"]));
        Assert.Equal(2.0 / 3.0, TokenF1Scorer.F1(["a", "a"], ["a"]), 12);
    }

    [Fact]
    public void Hit_at_k_and_reciprocal_rank_read_the_relevant_ids()
    {
        var evalCase = Case(JsonSerializer.SerializeToElement(new { answer = "x", relevant = new[] { "p7" } }));
        var ranked = new EvalOutput(ranked: ["p1", "p2", "p7", "p9"]);

        Assert.Equal(1.0, new HitAtKScorer(3).Score(evalCase, ranked));
        Assert.Equal(0.0, new HitAtKScorer(2).Score(evalCase, ranked));
        Assert.Equal("hit@3", new HitAtKScorer(3).Metric.Name);
        Assert.Equal(1.0 / 3.0, new ReciprocalRankScorer().Score(evalCase, ranked), 12);
        Assert.Equal(0.0, new ReciprocalRankScorer().Score(evalCase, new EvalOutput(ranked: ["p1"])));
    }

    [Fact]
    public void An_expectation_without_relevant_ids_is_refused_naming_the_case()
    {
        var evalCase = Case(JsonSerializer.SerializeToElement(new { answer = "x" }));

        var problem = Assert.Throws<EvaluationException>(
            () => new HitAtKScorer(1).Score(evalCase, new EvalOutput(ranked: ["p1"]))).Problem;

        Assert.Equal("c1", problem.CaseId);
    }

    private static EvalCase Case(string expected) => Case(JsonSerializer.SerializeToElement(expected));

    private static EvalCase Case(JsonElement expected) =>
        new("c1", JsonSerializer.SerializeToElement("question"), expected);
}
