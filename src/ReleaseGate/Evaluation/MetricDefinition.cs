namespace ReleaseGate.Evaluation;

/// <summary>A metric declared by a score report.</summary>
public sealed class MetricDefinition
{
    /// <summary>Creates a metric definition.</summary>
    /// <param name="name">The metric name, the key of every case's score for it.</param>
    /// <param name="direction">Which way the metric gets better.</param>
    /// <param name="critical">Whether any case that newly fails this metric rejects a candidate.</param>
    public MetricDefinition(string name, MetricDirection direction = MetricDirection.Higher, bool critical = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Direction = direction;
        Critical = critical;
    }

    /// <summary>The metric name, the key of every case's score for it.</summary>
    public string Name { get; }

    /// <summary>Which way the metric gets better.</summary>
    public MetricDirection Direction { get; }

    /// <summary>Whether any case that newly fails this metric rejects a candidate.</summary>
    public bool Critical { get; }
}
