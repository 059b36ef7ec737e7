namespace ReleaseGate.Evaluation;

/// <summary>
/// 1 when the normalized answer contains a normalized reference answer as whole words, else 0: a long generated
/// answer that states the reference scores 1.
/// </summary>
public sealed class NormalizedContainsScorer : IScorer
{
    /// <summary>Creates the scorer.</summary>
    /// <param name="metric">The metric name; <c>contains</c> by default.</param>
    public NormalizedContainsScorer(string metric = "contains")
    {
        Metric = new MetricDefinition(metric);
    }

    /// <inheritdoc />
    public MetricDefinition Metric { get; }

    /// <inheritdoc />
    public double Score(EvalCase evalCase, EvalOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        // Padding with spaces makes the match respect word boundaries: "cat" is not in "concatenate".
        var answer = " " + AnswerNormalizer.Normalize(output.Text ?? string.Empty) + " ";
        return Expectations.Answers(evalCase)
            .Select(AnswerNormalizer.Normalize)
            .Any(r => r.Length > 0 && answer.Contains(" " + r + " ", StringComparison.Ordinal)) ? 1.0 : 0.0;
    }
}
