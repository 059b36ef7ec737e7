using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ReleaseGate.Indexing;

/// <summary>
/// Writes and reads the snapshot file format (a SQLite index file) record by record, so a store other than
/// <see cref="SqliteIndexStore"/> can export to it and restore from it without holding the index in memory.
/// </summary>
internal static class SnapshotFile
{
    private const int ChunksPerBatch = 4096;

    /// <summary>Creates a snapshot file from documents and seals it with its manifest.</summary>
    /// <param name="path">The snapshot file to create; it must not exist.</param>
    /// <param name="fingerprint">The store's pipeline, or <see langword="null"/>.</param>
    /// <param name="documents">Every document of the store, each with all its chunks.</param>
    /// <param name="createdAt">The manifest date.</param>
    /// <param name="cancellationToken">Cancels the write; a partly written file is removed.</param>
    public static async Task<SnapshotInfo> WriteAsync(
        string path,
        string? fingerprint,
        IEnumerable<DocumentRecord> documents,
        DateTimeOffset createdAt,
        CancellationToken cancellationToken)
    {
        var fullPath = NewPath(path);
        try
        {
            using (var connection = Open(fullPath, SqliteOpenMode.ReadWriteCreate))
            {
                SqliteSchema.EnsureCreated(connection, fullPath);
                using var transaction = connection.BeginTransaction();
                if (fingerprint is not null)
                {
                    using var meta = SqliteIndexStore.Command(
                        connection, transaction, "INSERT OR REPLACE INTO meta(key, value) VALUES ($k, $v)");
                    meta.Parameters.AddWithValue("$k", SqliteSchema.FingerprintKey);
                    meta.Parameters.AddWithValue("$v", fingerprint);
                    meta.ExecuteNonQuery();
                }

                // One transaction for the whole file: a document at a time keeps memory flat.
                foreach (var document in documents)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    SqliteWrites.Replace(connection, transaction, [document]);
                }

                transaction.Commit();
            }

            return await SqliteSnapshots.SealAsync(fullPath, createdAt, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            File.Delete(fullPath);
            File.Delete(SnapshotManifest.PathFor(fullPath));
            throw;
        }
    }

    /// <summary>The full path of a snapshot about to be written; refuses one that exists.</summary>
    public static string NewPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        if (File.Exists(fullPath))
        {
            throw new IOException($"The snapshot file '{fullPath}' already exists; choose a new name.");
        }

        return fullPath;
    }

    /// <summary>The pipeline fingerprint a verified snapshot holds.</summary>
    public static string? ReadFingerprint(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadOnly);
        using var command = SqliteIndexStore.Command(connection, null, "SELECT value FROM meta WHERE key = $k");
        command.Parameters.AddWithValue("$k", SqliteSchema.FingerprintKey);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Streams every document of a snapshot file with its chunks, in batches of a few thousand chunks.</summary>
    public static IEnumerable<IReadOnlyList<DocumentRecord>> ReadBatches(string path)
    {
        var batch = new List<DocumentRecord>();
        var chunks = 0;
        foreach (var document in ReadDocuments(path))
        {
            batch.Add(document);
            chunks += document.Chunks.Count;
            if (chunks >= ChunksPerBatch)
            {
                yield return batch;
                batch = [];
                chunks = 0;
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>
    /// Groups a stream of chunk rows ordered by document into documents. Headers are keyed by id; a header with no
    /// chunk row is returned at the end with no chunks.
    /// </summary>
    public static IEnumerable<DocumentRecord> Group(
        Dictionary<string, DocumentRecord> headers, IEnumerable<(string DocumentId, ChunkRecord Chunk)> rows)
    {
        string? current = null;
        var chunks = new List<ChunkRecord>();
        foreach (var (documentId, chunk) in rows)
        {
            if (documentId != current)
            {
                if (current is not null && headers.Remove(current, out var finished))
                {
                    yield return finished with { Chunks = chunks };
                }

                current = documentId;
                chunks = [];
            }

            chunks.Add(chunk);
        }

        if (current is not null && headers.Remove(current, out var last))
        {
            yield return last with { Chunks = chunks };
        }

        foreach (var empty in headers.Values)
        {
            yield return empty;
        }
    }

    private static IEnumerable<DocumentRecord> ReadDocuments(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadOnly);
        var headers = new Dictionary<string, DocumentRecord>(StringComparer.Ordinal);
        using (var command = SqliteIndexStore.Command(
            connection,
            null,
            "SELECT id, source_uri, content_hash, fingerprint, metadata, indexed_at, expires_at FROM documents"))
        using (var row = command.ExecuteReader())
        {
            while (row.Read())
            {
                var id = row.GetString(0);
                headers[id] = new DocumentRecord(
                    id,
                    row.IsDBNull(1) ? null : new Uri(row.GetString(1)),
                    row.GetString(2),
                    row.GetString(3),
                    JsonSerializer.Deserialize<Dictionary<string, string>>(row.GetString(4)) ?? [],
                    SqliteIndexStore.FromMs(row.GetInt64(5)),
                    row.IsDBNull(6) ? null : SqliteIndexStore.FromMs(row.GetInt64(6)),
                    []);
            }
        }

        foreach (var document in Group(headers, ReadChunks(connection)))
        {
            yield return document;
        }
    }

    private static IEnumerable<(string, ChunkRecord)> ReadChunks(SqliteConnection connection)
    {
        using var command = SqliteIndexStore.Command(
            connection, null, "SELECT document_id, ordinal, text, vector FROM chunks ORDER BY document_id, ordinal");
        using var row = command.ExecuteReader();
        while (row.Read())
        {
            var vector = VectorCodec.Decode((byte[])row.GetValue(3));
            yield return (row.GetString(0), new ChunkRecord(row.GetInt32(1), row.GetString(2), vector));
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return connection;
    }
}
