namespace ReleaseGate.Evaluation;

/// <summary>
/// The scores one build received on an eval set: which metrics, which way each gets better, and every case's
/// score. Aggregates are always computed from the cases, never read from a file.
/// </summary>
public sealed class ScoreReport
{
    /// <summary>The schema version this library reads and writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Creates a score report.</summary>
    /// <param name="build">The build the report describes.</param>
    /// <param name="metrics">The metrics every case is scored on.</param>
    /// <param name="cases">The per-case scores.</param>
    public ScoreReport(BuildInfo build, IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<CaseScores> cases)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(cases);
        Build = build;
        Metrics = metrics;
        Cases = cases;
    }

    /// <summary>The build the report describes.</summary>
    public BuildInfo Build { get; }

    /// <summary>The metrics every case is scored on.</summary>
    public IReadOnlyList<MetricDefinition> Metrics { get; }

    /// <summary>The per-case scores.</summary>
    public IReadOnlyList<CaseScores> Cases { get; }

    /// <summary>
    /// The lowercase hex SHA-256 of the file the report was read from, or <see langword="null"/> when it was
    /// built in memory.
    /// </summary>
    public string? SourceSha256 { get; init; }

    /// <summary>The file the report was read from, or <see langword="null"/> when it was built in memory.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The weighted mean of a metric over all cases.</summary>
    /// <param name="metric">The metric name.</param>
    /// <returns>The mean, or NaN when there are no cases.</returns>
    public double Mean(string metric)
    {
        double sum = 0, weights = 0;
        foreach (var scored in Cases)
        {
            sum += scored.Weight * scored.Scores[metric];
            weights += scored.Weight;
        }

        return weights > 0 ? sum / weights : double.NaN;
    }
}
