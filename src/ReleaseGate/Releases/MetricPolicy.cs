namespace ReleaseGate.Releases;

/// <summary>
/// What a canary demands of one metric. Unset values fall back to the policy's defaults, then to the built-in
/// defaults described on each property.
/// </summary>
public sealed class MetricPolicy
{
    /// <summary>The lowest acceptable candidate mean (a bar for higher-is-better metrics); none by default.</summary>
    public double? Minimum { get; init; }

    /// <summary>The highest acceptable candidate mean (a bar for lower-is-better metrics); none by default.</summary>
    public double? Maximum { get; init; }

    /// <summary>
    /// How far (absolute, in the metric's units) the candidate may be worse than the baseline before the
    /// regression rejects it; 0 by default, so any regression that is real at the configured confidence rejects.
    /// </summary>
    public double? MaxRegression { get; init; }

    /// <summary>
    /// The score at which one case counts as passing: at least this for higher-is-better metrics, at most this
    /// for lower-is-better ones. Defaults to 0.5 for higher-is-better metrics (scores in [0, 1]); a
    /// lower-is-better metric without a threshold has no per-case pass or fail, so no case flips on it.
    /// </summary>
    public double? PassThreshold { get; init; }

    /// <summary>Returns this policy with its unset values taken from <paramref name="fallback"/>.</summary>
    /// <param name="fallback">The values to use where this policy sets none.</param>
    /// <returns>The merged policy.</returns>
    public MetricPolicy Over(MetricPolicy? fallback) => fallback is null
        ? this
        : new MetricPolicy
        {
            Minimum = Minimum ?? fallback.Minimum,
            Maximum = Maximum ?? fallback.Maximum,
            MaxRegression = MaxRegression ?? fallback.MaxRegression,
            PassThreshold = PassThreshold ?? fallback.PassThreshold,
        };
}
