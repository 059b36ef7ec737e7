namespace ReleaseGate.Releases;

/// <summary>How the interval of a metric's mean difference was computed.</summary>
public enum IntervalMethod
{
    /// <summary>The paired percentile bootstrap, seeded by the policy.</summary>
    Bootstrap,

    /// <summary>
    /// The normal interval with the bootstrap's plug-in variance, used when there are more paired cases than
    /// <see cref="CanaryPolicy.BootstrapMaxCases"/>.
    /// </summary>
    Normal,
}
