namespace ReleaseGate.Indexing;

/// <summary>
/// What a snapshot holds, written beside it as <c>NAME.manifest.json</c>; verification compares the snapshot
/// with it.
/// </summary>
/// <param name="CreatedAt">When the snapshot was taken.</param>
/// <param name="SchemaVersion">The index schema version of the snapshot.</param>
/// <param name="Fingerprint">The pipeline the store was kept with, or <see langword="null"/> when empty.</param>
/// <param name="Documents">The number of documents.</param>
/// <param name="Chunks">The number of chunks.</param>
/// <param name="DocumentHashes">Each document's content hash, keyed by document id.</param>
/// <param name="Sha256">The SHA-256 of the snapshot file, lowercase hex.</param>
/// <param name="Length">The length of the snapshot file in bytes.</param>
public sealed record SnapshotManifest(
    DateTimeOffset CreatedAt,
    int SchemaVersion,
    string? Fingerprint,
    long Documents,
    long Chunks,
    IReadOnlyDictionary<string, string> DocumentHashes,
    string Sha256,
    long Length)
{
    /// <summary>The manifest path of a snapshot file.</summary>
    /// <param name="snapshotPath">The snapshot file.</param>
    /// <returns>The snapshot path with <c>.manifest.json</c> appended.</returns>
    public static string PathFor(string snapshotPath) => snapshotPath + ".manifest.json";
}
