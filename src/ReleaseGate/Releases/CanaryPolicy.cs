namespace ReleaseGate.Releases;

/// <summary>
/// How a candidate is judged against its baseline: bars and allowed regressions per metric, the confidence of
/// the paired interval, and the seed that makes every decision reproducible (see <c>docs/formats/policy.md</c>).
/// </summary>
public sealed class CanaryPolicy
{
    /// <summary>The policy file schema version this library reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The seed used when none is given, so two runs on the same reports decide the same way.</summary>
    public const int DefaultSeed = 20_240_601;

    /// <summary>The two-sided confidence of the paired interval, in (0, 1); 0.95 by default.</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>The seed of the bootstrap's random numbers.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>How many bootstrap resamples estimate each interval; 5,000 by default.</summary>
    public int BootstrapResamples { get; init; } = 5_000;

    /// <summary>
    /// Whether baseline cases missing from the candidate are tolerated (they are listed in the decision);
    /// by default they are an error, because a dropped case can hide a regression.
    /// </summary>
    public bool AllowMissingCases { get; init; }

    /// <summary>Values applied to every metric that <see cref="Metrics"/> does not override.</summary>
    public MetricPolicy Defaults { get; init; } = new();

    /// <summary>Per-metric values, by metric name.</summary>
    public IReadOnlyDictionary<string, MetricPolicy> Metrics { get; init; } =
        new Dictionary<string, MetricPolicy>(StringComparer.Ordinal);

    /// <summary>The file the policy was read from, or <see langword="null"/> for an in-memory policy.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The policy for one metric, with defaults filled in.</summary>
    /// <param name="metric">The metric name.</param>
    /// <returns>The merged policy.</returns>
    public MetricPolicy For(string metric) =>
        Metrics.TryGetValue(metric, out var own) ? own.Over(Defaults) : Defaults;
}
