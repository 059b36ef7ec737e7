namespace ReleaseGate.Evaluation;

/// <summary>
/// 1 divided by the rank of the first relevant id retrieved (1 for first place, 0.5 for second), or 0 when none
/// is retrieved; its mean over cases is the mean reciprocal rank (MRR).
/// </summary>
public sealed class ReciprocalRankScorer : IScorer
{
    /// <summary>Creates the scorer.</summary>
    /// <param name="metric">The metric name; <c>reciprocalRank</c> by default.</param>
    public ReciprocalRankScorer(string metric = "reciprocalRank")
    {
        Metric = new MetricDefinition(metric);
    }

    /// <inheritdoc />
    public MetricDefinition Metric { get; }

    /// <inheritdoc />
    public double Score(EvalCase evalCase, EvalOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var relevant = Expectations.Relevant(evalCase);
        for (var i = 0; i < output.Ranked.Count; i++)
        {
            if (relevant.Contains(output.Ranked[i]))
            {
                return 1.0 / (i + 1);
            }
        }

        return 0.0;
    }
}
