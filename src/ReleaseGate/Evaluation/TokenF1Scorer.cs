namespace ReleaseGate.Evaluation;

/// <summary>
/// The SQuAD token F1 between the answer and the best-matching reference: the harmonic mean of token precision
/// and recall after normalization, counting repeated tokens as often as they occur in both.
/// </summary>
public sealed class TokenF1Scorer : IScorer
{
    /// <summary>Creates the scorer.</summary>
    /// <param name="metric">The metric name; <c>f1</c> by default.</param>
    public TokenF1Scorer(string metric = "f1")
    {
        Metric = new MetricDefinition(metric);
    }

    /// <inheritdoc />
    public MetricDefinition Metric { get; }

    /// <inheritdoc />
    public double Score(EvalCase evalCase, EvalOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var predicted = AnswerNormalizer.Tokens(output.Text ?? string.Empty);
        return Expectations.Answers(evalCase).Max(r => F1(predicted, AnswerNormalizer.Tokens(r)));
    }

    /// <summary>The token F1 of two normalized token lists.</summary>
    /// <param name="predicted">The answer's tokens.</param>
    /// <param name="reference">The reference's tokens.</param>
    /// <returns>F1 in [0, 1]; 1 when both are empty, 0 when only one is.</returns>
    public static double F1(IReadOnlyList<string> predicted, IReadOnlyList<string> reference)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(reference);
        if (predicted.Count == 0 || reference.Count == 0)
        {
            return predicted.Count == reference.Count ? 1.0 : 0.0;
        }

        var remaining = reference.GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var common = 0;
        foreach (var token in predicted)
        {
            if (remaining.TryGetValue(token, out var left) && left > 0)
            {
                remaining[token] = left - 1;
                common++;
            }
        }

        if (common == 0)
        {
            return 0.0;
        }

        var precision = (double)common / predicted.Count;
        var recall = (double)common / reference.Count;
        return 2 * precision * recall / (precision + recall);
    }
}
