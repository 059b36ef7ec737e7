using System.Globalization;
using Npgsql;
using ReleaseGate.Indexing;

namespace ReleaseGate.Postgres.Indexing;

/// <summary>
/// Snapshots of a <see cref="PostgresIndexStore"/> in the same file format as <see cref="SqliteSnapshots"/>, with
/// the same manifest and verifier: a snapshot of either store restores into the other.
/// </summary>
/// <remarks>
/// The export reads the whole index inside one repeatable-read transaction, so it is one consistent state even
/// while other processes reindex. The restore verifies the file first and then replaces the index's content in
/// one transaction under the writer lock: readers see the old index until it commits, and any failure (a
/// damaged file, text PostgreSQL cannot hold, a lost connection) rolls everything back.
/// </remarks>
public sealed class PostgresSnapshots : IIndexSnapshots
{
    private readonly PostgresIndexStore _store;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the snapshot operations of a store.</summary>
    /// <param name="store">The live store.</param>
    /// <param name="timeProvider">The clock that dates snapshots; default the system clock.</param>
    public PostgresSnapshots(PostgresIndexStore store, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task<SnapshotInfo> SnapshotAsync(string path, CancellationToken cancellationToken = default)
    {
        var fullPath = SnapshotFile.NewPath(path);
        var createdAt = _timeProvider.GetUtcNow();
        return await _store.ReadAsync(
            async (connection, transaction) =>
            {
                var fingerprint = await _store.Schema.ReadMetaAsync(
                    connection, transaction, PostgresSchema.FingerprintKey, cancellationToken).ConfigureAwait(false);
                var headers = await _store.Reads.ReadHeadersAsync(connection, transaction, cancellationToken)
                    .ConfigureAwait(false);
                var documents = SnapshotFile.Group(headers, _store.Reads.ReadChunkRows(connection, transaction));
                return await SnapshotFile.WriteAsync(fullPath, fingerprint, documents, createdAt, cancellationToken)
                    .ConfigureAwait(false);
            },
            cancellationToken,
            longOperation: true).ConfigureAwait(false);
    }

    /// <summary>
    /// Verifies a snapshot (from either store), then replaces every document of this index and its pipeline with
    /// the snapshot's in one transaction. An empty or missing index is filled; on any failure the index is left
    /// exactly as it was.
    /// </summary>
    /// <param name="path">The snapshot file.</param>
    /// <param name="cancellationToken">Cancels the restore before it commits.</param>
    /// <returns>The restored snapshot.</returns>
    /// <exception cref="ReleaseGateException">RG3005 when the file is damaged, RG3006 when the manifest is
    /// missing or does not match, RG3003 when the snapshot's schema is newer than this version reads, RG3604
    /// when a text holds a character PostgreSQL cannot store.</exception>
    public async Task<SnapshotInfo> RestoreAsync(string path, CancellationToken cancellationToken = default)
    {
        var snapshot = await SnapshotVerifier.VerifyAsync(path, cancellationToken).ConfigureAwait(false);
        if (snapshot.Manifest.SchemaVersion > PipelineFingerprint.CurrentSchemaVersion)
        {
            throw new ReleaseGateException(
                ReleaseGateErrorCodes.NotAnIndexStore,
                $"{ReleaseGateErrorCodes.NotAnIndexStore}: the snapshot '{snapshot.Path}' has index schema " +
                $"{snapshot.Manifest.SchemaVersion}, newer than this version of ReleaseGate reads " +
                $"({PipelineFingerprint.CurrentSchemaVersion}); restore it with a newer ReleaseGate. " +
                "The live store was not touched.",
                snapshot.Path);
        }

        var fingerprint = SnapshotFile.ReadFingerprint(snapshot.Path);
        await _store.WriteAsync(
            async (connection, transaction) =>
            {
                await ReplaceContentAsync(connection, transaction, snapshot.Path, fingerprint, cancellationToken)
                    .ConfigureAwait(false);
                await CheckCountsAsync(connection, transaction, snapshot, cancellationToken).ConfigureAwait(false);
                return 0;
            },
            cancellationToken).ConfigureAwait(false);
        return snapshot;
    }

    private async Task ReplaceContentAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string snapshotPath,
        string? fingerprint,
        CancellationToken cancellationToken)
    {
        // DELETE, not TRUNCATE: readers keep seeing the old rows until the commit instead of waiting on a lock.
        var schema = _store.Schema;
        await PostgresSchema.ExecuteAsync(
            connection,
            transaction,
            $"DELETE FROM {schema.Table("chunks")}; DELETE FROM {schema.Table("documents")}; " +
            $"DELETE FROM {schema.Table("meta")} WHERE key = '{PostgresSchema.FingerprintKey}'",
            cancellationToken).ConfigureAwait(false);
        if (fingerprint is not null)
        {
            using var meta = new NpgsqlCommand(
                $"INSERT INTO {schema.Table("meta")}(key, value) VALUES ($1, $2)", connection, transaction);
            meta.Parameters.Add(new NpgsqlParameter<string> { TypedValue = PostgresSchema.FingerprintKey });
            meta.Parameters.Add(new NpgsqlParameter<string> { TypedValue = fingerprint });
            await meta.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var batch in SnapshotFile.ReadBatches(snapshotPath))
        {
            await _store.Writes.ReplaceAsync(connection, transaction, batch, cancellationToken).ConfigureAwait(false);
        }
    }

    // The file was verified before the transaction; this catches a file changed since, before anything commits.
    private async Task CheckCountsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, SnapshotInfo snapshot, CancellationToken cancellationToken)
    {
        var schema = _store.Schema;
        using var count = new NpgsqlCommand(
            $"SELECT (SELECT count(*) FROM {schema.Table("documents")}), (SELECT count(*) FROM {schema.Table("chunks")})",
            connection,
            transaction);
        using var reader = await count.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var (documents, chunks) = (reader.GetInt64(0), reader.GetInt64(1));
        if (documents != snapshot.Manifest.Documents || chunks != snapshot.Manifest.Chunks)
        {
            throw SnapshotVerifier.Corrupt(
                snapshot.Path,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"it changed while it was restored ({documents} documents and {chunks} chunks read, the " +
                    $"manifest records {snapshot.Manifest.Documents} and {snapshot.Manifest.Chunks})"));
        }
    }
}
