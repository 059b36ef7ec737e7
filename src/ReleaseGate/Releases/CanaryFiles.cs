namespace ReleaseGate.Releases;

/// <summary>The files a canary reads: two score reports and, optionally, a policy and accepted regressions.</summary>
public sealed class CanaryFiles
{
    /// <summary>The baseline score report (what is live).</summary>
    public required string BaselinePath { get; init; }

    /// <summary>The candidate score report (the build being judged).</summary>
    public required string CandidatePath { get; init; }

    /// <summary>A policy file; when <see langword="null"/>, <see cref="Policy"/> (or the default policy) is used.</summary>
    public string? PolicyPath { get; init; }

    /// <summary>The policy used when <see cref="PolicyPath"/> is <see langword="null"/>.</summary>
    public CanaryPolicy? Policy { get; init; }

    /// <summary>A reviewed accepted-regressions file, or <see langword="null"/> for none.</summary>
    public string? AcceptedRegressionsPath { get; init; }
}
