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

    /// <summary>The default of <see cref="BootstrapMaxCases"/>.</summary>
    public const int DefaultBootstrapMaxCases = 2_000;

    /// <summary>
    /// The most paired cases the interval is bootstrapped for; 2,000 by default. With more cases the interval is
    /// the normal interval of the mean difference, with the same variance the bootstrap estimates.
    /// </summary>
    /// <remarks>
    /// The bootstrap costs <see cref="BootstrapResamples"/> random draws per case and metric, which at 10,000 cases
    /// is most of the gate's time. With that many cases the mean difference is normally distributed to well within
    /// the bootstrap's own resampling noise, so both intervals decide alike. Set this to
    /// <see cref="int.MaxValue"/> to always bootstrap.
    /// </remarks>
    public int BootstrapMaxCases { get; init; } = DefaultBootstrapMaxCases;

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
