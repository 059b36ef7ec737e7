namespace ReleaseGate.Indexing;

/// <summary>A snapshot file and its manifest.</summary>
/// <param name="Path">The snapshot file.</param>
/// <param name="Manifest">Its manifest.</param>
public sealed record SnapshotInfo(string Path, SnapshotManifest Manifest);
