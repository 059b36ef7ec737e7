using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ReleaseGate.Indexing;

/// <summary>
/// Snapshots of a <see cref="SqliteIndexStore"/>: a consistent copy taken with <c>VACUUM INTO</c> while the
/// store stays usable, a manifest, verification by opening the copy, and an all-or-nothing restore.
/// </summary>
/// <remarks>
/// Verification does not trust the manifest alone: it checks the file's checksum, opens it as an index, runs
/// SQLite's integrity check and compares the content with the manifest document by document, which is what a
/// restore would serve.
/// </remarks>
public sealed class SqliteSnapshots : IIndexSnapshots
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly SqliteIndexStore _store;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the snapshot operations of a store.</summary>
    /// <param name="store">The live store.</param>
    /// <param name="timeProvider">The clock that dates snapshots; default the system clock.</param>
    public SqliteSnapshots(SqliteIndexStore store, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task<SnapshotInfo> SnapshotAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        if (File.Exists(fullPath))
        {
            throw new IOException($"The snapshot file '{fullPath}' already exists; choose a new name.");
        }

        var createdAt = _timeProvider.GetUtcNow();
        try
        {
            using (var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
            using (var vacuum = SqliteIndexStore.Command(connection, null, "VACUUM INTO $path"))
            {
                vacuum.Parameters.AddWithValue("$path", fullPath);
                await vacuum.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return await SealAsync(fullPath, createdAt, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            File.Delete(fullPath);
            File.Delete(SnapshotManifest.PathFor(fullPath));
            throw;
        }
    }

    /// <summary>
    /// Checks a snapshot: its checksum and length against the manifest, that it opens as an index, SQLite's
    /// integrity check, and its schema, pipeline, counts and per-document hashes against the manifest.
    /// </summary>
    /// <param name="path">The snapshot file.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The verified snapshot.</returns>
    /// <exception cref="ReleaseGateException">RG3005 when the file is damaged, RG3006 when the manifest is
    /// missing or does not match.</exception>
    public static Task<SnapshotInfo> VerifySnapshotAsync(string path, CancellationToken cancellationToken = default) =>
        SnapshotVerifier.VerifyAsync(path, cancellationToken);

    /// <summary>
    /// Replaces the live store with a verified snapshot. The snapshot is verified, copied next to the store and
    /// verified again as a copy, then renamed over the store in one step; until then the live store is
    /// untouched, and on any failure it stays as it was.
    /// </summary>
    /// <param name="path">The snapshot file.</param>
    /// <param name="cancellationToken">Cancels the restore before the swap.</param>
    /// <returns>The restored snapshot.</returns>
    /// <remarks>Other processes must not have the store open during a restore.</remarks>
    public async Task<SnapshotInfo> RestoreAsync(string path, CancellationToken cancellationToken = default)
    {
        var snapshot = await VerifySnapshotAsync(path, cancellationToken).ConfigureAwait(false);
        var staging = _store.FilePath + ".restoring";
        File.Copy(snapshot.Path, staging, overwrite: true);
        try
        {
            var (sha, _) = await HashFileAsync(staging, cancellationToken).ConfigureAwait(false);
            if (sha != snapshot.Manifest.Sha256)
            {
                throw SnapshotVerifier.Corrupt(snapshot.Path, "its copy next to the store does not match its checksum");
            }

            cancellationToken.ThrowIfCancellationRequested();
            await _store.ReleaseFileAsync(cancellationToken).ConfigureAwait(false);

            // rename(2) replaces the store in one step: readers see the old file or the new one, never a mix.
            File.Move(staging, _store.FilePath, overwrite: true);
            await _store.UseWriteAheadLogAsync(cancellationToken).ConfigureAwait(false);
            return snapshot;
        }
        finally
        {
            File.Delete(staging);
        }
    }

    /// <summary>Lists the snapshots in a folder that have a manifest, newest first.</summary>
    /// <param name="folder">The folder holding snapshots.</param>
    /// <returns>The snapshots; damaged manifests are skipped.</returns>
    public static IReadOnlyList<SnapshotInfo> List(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var snapshots = new List<SnapshotInfo>();
        foreach (var manifestPath in Directory.EnumerateFiles(folder, "*.manifest.json"))
        {
            var snapshotPath = manifestPath[..^".manifest.json".Length];
            if (File.Exists(snapshotPath) && SnapshotVerifier.TryReadManifest(manifestPath, out var manifest))
            {
                snapshots.Add(new SnapshotInfo(Path.GetFullPath(snapshotPath), manifest));
            }
        }

        return [.. snapshots.OrderByDescending(s => s.Manifest.CreatedAt).ThenByDescending(s => s.Path, StringComparer.Ordinal)];
    }

    /// <summary>Deletes all but the newest <paramref name="keep"/> snapshots of a folder, with their manifests.</summary>
    /// <param name="folder">The folder holding snapshots.</param>
    /// <param name="keep">How many to keep (at least 1).</param>
    /// <returns>The deleted snapshots.</returns>
    public static IReadOnlyList<SnapshotInfo> Prune(string folder, int keep)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        var doomed = List(folder).Skip(keep).ToList();
        foreach (var snapshot in doomed)
        {
            File.Delete(snapshot.Path);
            File.Delete(SnapshotManifest.PathFor(snapshot.Path));
        }

        return doomed;
    }

    /// <summary>
    /// Finishes a written snapshot file: rollback-journal mode, then its manifest, read from the file itself.
    /// </summary>
    internal static async Task<SnapshotInfo> SealAsync(
        string fullPath, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        UseRollbackJournal(fullPath);
        var content = await SnapshotContent.ReadAsync(fullPath, cancellationToken).ConfigureAwait(false);
        var (sha, length) = await HashFileAsync(fullPath, cancellationToken).ConfigureAwait(false);
        var manifest = new SnapshotManifest(
            createdAt, content.SchemaVersion, content.Fingerprint, content.Hashes.Count, content.Chunks,
            content.Hashes, sha, length);
        await File.WriteAllTextAsync(
            SnapshotManifest.PathFor(fullPath), JsonSerializer.Serialize(manifest, Json), cancellationToken)
            .ConfigureAwait(false);
        return new SnapshotInfo(fullPath, manifest);
    }

    // A snapshot in rollback-journal mode opens read-only without creating -wal and -shm files beside it.
    private static void UseRollbackJournal(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var command = SqliteIndexStore.Command(connection, null, "PRAGMA journal_mode = DELETE");
        command.ExecuteNonQuery();
    }

    internal static async Task<(string Sha256, long Length)> HashFileAsync(string path, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return (Hex.Lower(hash), stream.Length);
    }
}
