namespace ReleaseGate.Releases;

/// <summary>A released version and the score report that describes it.</summary>
public sealed record ReleaseVersion
{
    /// <summary>Creates a released version.</summary>
    /// <param name="version">The build version.</param>
    /// <param name="reportSha256">The SHA-256 of its score report.</param>
    public ReleaseVersion(string version, string reportSha256)
    {
        ArgumentException.ThrowIfNullOrEmpty(version);
        ArgumentException.ThrowIfNullOrEmpty(reportSha256);
        Version = version;
        ReportSha256 = reportSha256;
    }

    /// <summary>The build version.</summary>
    public string Version { get; }

    /// <summary>The SHA-256 of its score report; the store keeps the report under it.</summary>
    public string ReportSha256 { get; }
}
