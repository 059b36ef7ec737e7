namespace ReleaseGate.Releases;

/// <summary>
/// A reviewed file of accepted regressions (see <c>docs/formats/accepted-regressions.md</c>). It applies only
/// to the baseline whose SHA-256 it records: once the baseline moves, the file is ignored and the decision says so.
/// </summary>
public sealed class AcceptedRegressions
{
    /// <summary>The file schema version this library reads and writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Creates the set of accepted regressions.</summary>
    /// <param name="baselineSha256">The lowercase hex SHA-256 of the baseline file it was written against.</param>
    /// <param name="entries">The accepted regressions.</param>
    public AcceptedRegressions(string baselineSha256, IReadOnlyList<AcceptedRegression> entries)
    {
        ArgumentException.ThrowIfNullOrEmpty(baselineSha256);
        ArgumentNullException.ThrowIfNull(entries);
        BaselineSha256 = baselineSha256.ToLowerInvariant();
        Entries = entries;
    }

    /// <summary>The lowercase hex SHA-256 of the baseline file it was written against.</summary>
    public string BaselineSha256 { get; }

    /// <summary>The accepted regressions.</summary>
    public IReadOnlyList<AcceptedRegression> Entries { get; }

    /// <summary>The file it was read from, or <see langword="null"/> when built in memory.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Finds the entry accepting a regression of one case on one metric.</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="metric">The metric name.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public AcceptedRegression? Find(string caseId, string metric) =>
        Entries.FirstOrDefault(e => e.CaseId == caseId && e.Metric == metric);
}
