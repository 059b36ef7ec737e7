namespace ReleaseGate.Indexing;

/// <summary>
/// Snapshots of one index store. Every store writes the same snapshot file format (a SQLite index file with a
/// <see cref="SnapshotManifest"/> beside it), so one verifier serves them all and a snapshot taken from one
/// store restores into another.
/// </summary>
public interface IIndexSnapshots
{
    /// <summary>Writes a consistent copy of the store to <paramref name="path"/> and its manifest beside it.</summary>
    /// <param name="path">The snapshot file to create; it must not exist.</param>
    /// <param name="cancellationToken">Cancels the snapshot; a partly written file is removed.</param>
    /// <returns>The snapshot and its manifest.</returns>
    Task<SnapshotInfo> SnapshotAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// Verifies a snapshot, then replaces the store's content with it, all or nothing: on any failure the live
    /// store stays as it was.
    /// </summary>
    /// <param name="path">The snapshot file.</param>
    /// <param name="cancellationToken">Cancels the restore before it commits.</param>
    /// <returns>The restored snapshot.</returns>
    /// <exception cref="ReleaseGateException">RG3005 when the file is damaged, RG3006 when the manifest is
    /// missing or does not match.</exception>
    Task<SnapshotInfo> RestoreAsync(string path, CancellationToken cancellationToken = default);
}
