namespace ReleaseGate.Evaluation;

/// <summary>Which way a metric gets better.</summary>
public enum MetricDirection
{
    /// <summary>A higher score is better (accuracy, F1, hit@k).</summary>
    Higher = 0,

    /// <summary>A lower score is better (latency, error rate, cost).</summary>
    Lower = 1,
}
