namespace ReleaseGate.Evaluation;

/// <summary>1 when the answer equals a reference answer after SQuAD-style normalization, else 0.</summary>
public sealed class ExactMatchScorer : IScorer
{
    /// <summary>Creates the scorer.</summary>
    /// <param name="metric">The metric name; <c>exactMatch</c> by default.</param>
    public ExactMatchScorer(string metric = "exactMatch")
    {
        Metric = new MetricDefinition(metric);
    }

    /// <inheritdoc />
    public MetricDefinition Metric { get; }

    /// <inheritdoc />
    public double Score(EvalCase evalCase, EvalOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var answer = AnswerNormalizer.Normalize(output.Text ?? string.Empty);
        return Expectations.Answers(evalCase).Any(r => AnswerNormalizer.Normalize(r) == answer) ? 1.0 : 0.0;
    }
}
