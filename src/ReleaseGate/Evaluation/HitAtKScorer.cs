using System.Globalization;

namespace ReleaseGate.Evaluation;

/// <summary>1 when a relevant id is among the first k retrieved, else 0.</summary>
public sealed class HitAtKScorer : IScorer
{
    private readonly int _k;

    /// <summary>Creates the scorer.</summary>
    /// <param name="k">How many of the top results count.</param>
    /// <param name="metric">The metric name; <c>hit@k</c> by default.</param>
    public HitAtKScorer(int k, string? metric = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        _k = k;
        Metric = new MetricDefinition(metric ?? string.Create(CultureInfo.InvariantCulture, $"hit@{k}"));
    }

    /// <inheritdoc />
    public MetricDefinition Metric { get; }

    /// <inheritdoc />
    public double Score(EvalCase evalCase, EvalOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var relevant = Expectations.Relevant(evalCase);
        return output.Ranked.Take(_k).Any(relevant.Contains) ? 1.0 : 0.0;
    }
}
