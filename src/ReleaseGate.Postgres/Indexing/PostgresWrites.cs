using System.Numerics.Tensors;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using ReleaseGate.Indexing;

namespace ReleaseGate.Postgres.Indexing;

/// <summary>The row-level statements of <see cref="PostgresIndexStore"/>, run inside the caller's transaction.</summary>
internal sealed class PostgresWrites(PostgresSchema schema, PostgresVectorStorage storage)
{
    private const string Staging = "releasegate_chunks_staging";

    public async Task ReplaceAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IReadOnlyList<DocumentRecord> documents,
        CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return;
        }

        RefuseNul(documents);

        await UpsertDocumentsAsync(connection, transaction, documents, cancellationToken).ConfigureAwait(false);
        var ids = documents.Select(d => d.Id).ToArray();
        await DeleteChunksAsync(connection, transaction, ids, cancellationToken).ConfigureAwait(false);

        // pgvector's binary COPY format is its own, so its rows go through a real[] staging table and a cast.
        var target = schema.Table("chunks");
        if (storage == PostgresVectorStorage.Pgvector)
        {
            target = Staging;
            await PostgresSchema.ExecuteAsync(
                connection,
                transaction,
                $"CREATE TEMP TABLE IF NOT EXISTS {Staging}(document_id text, ordinal integer, text text, " +
                "vector real[], norm real) ON COMMIT DELETE ROWS",
                cancellationToken).ConfigureAwait(false);
        }

        await CopyChunksAsync(connection, target, documents, cancellationToken).ConfigureAwait(false);
        if (storage == PostgresVectorStorage.Pgvector)
        {
            await PostgresSchema.ExecuteAsync(
                connection,
                transaction,
                $"INSERT INTO {schema.Table("chunks")}(document_id, ordinal, text, vector, norm) " +
                $"SELECT document_id, ordinal, text, vector::vector, norm FROM {Staging}",
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// PostgreSQL text cannot hold U+0000, and the server's own error names neither the document nor the field;
    /// this refuses the whole batch before anything is written and says which document to fix.
    /// </summary>
    private static void RefuseNul(IReadOnlyList<DocumentRecord> documents)
    {
        foreach (var document in documents)
        {
            var field =
                document.Id.Contains('\0', StringComparison.Ordinal) ? "its id"
                : document.SourceUri?.OriginalString.Contains('\0', StringComparison.Ordinal) == true ? "its source URI"
                : document.Metadata.Any(m => m.Key.Contains('\0', StringComparison.Ordinal)
                    || m.Value.Contains('\0', StringComparison.Ordinal)) ? "its metadata"
                : document.Chunks.FirstOrDefault(c => c.Text.Contains('\0', StringComparison.Ordinal)) is { } chunk
                    ? $"the text of chunk {chunk.Ordinal}"
                : null;
            if (field is not null)
            {
                var id = document.Id.Replace("\0", "\\0", StringComparison.Ordinal);
                throw new ReleaseGateException(
                    ReleaseGateErrorCodes.PostgresTextHasNul,
                    $"{ReleaseGateErrorCodes.PostgresTextHasNul}: the document '{id}' cannot be stored in PostgreSQL " +
                    $"because {field} contains a NUL character (U+0000), which PostgreSQL text cannot hold. Remove " +
                    "NUL characters from the source (they are usually a binary file indexed by mistake) and run again; " +
                    "nothing of this batch was written.",
                    id);
            }
        }
    }

    public async Task<int> DeleteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string[] ids, CancellationToken cancellationToken)
    {
        await DeleteChunksAsync(connection, transaction, ids, cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(
            $"DELETE FROM {schema.Table("documents")} WHERE id = ANY($1)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = ids });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task UpsertDocumentsAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IReadOnlyList<DocumentRecord> documents,
        CancellationToken cancellationToken)
    {
        var sql = $"""
            INSERT INTO {schema.Table("documents")}
                (id, source_uri, content_hash, fingerprint, metadata, indexed_at, expires_at)
            SELECT i, u, h, f, m::jsonb, x, e FROM unnest($1, $2, $3, $4, $5, $6, $7) AS t(i, u, h, f, m, x, e)
            ON CONFLICT (id) DO UPDATE SET source_uri = excluded.source_uri, content_hash = excluded.content_hash,
                fingerprint = excluded.fingerprint, metadata = excluded.metadata, indexed_at = excluded.indexed_at,
                expires_at = excluded.expires_at
            """;
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. documents.Select(d => d.Id)] });
        command.Parameters.Add(new NpgsqlParameter<string?[]>
        {
            TypedValue = [.. documents.Select(d => d.SourceUri?.ToString())],
        });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. documents.Select(d => d.ContentHash)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. documents.Select(d => d.Fingerprint)] });
        command.Parameters.Add(new NpgsqlParameter<string[]>
        {
            TypedValue = [.. documents.Select(d => JsonSerializer.Serialize(d.Metadata))],
        });
        command.Parameters.Add(new NpgsqlParameter<long[]>
        {
            TypedValue = [.. documents.Select(d => d.IndexedAt.ToUnixTimeMilliseconds())],
        });
        command.Parameters.Add(new NpgsqlParameter<long?[]>
        {
            TypedValue = [.. documents.Select(d => d.ExpiresAt?.ToUnixTimeMilliseconds())],
        });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task DeleteChunksAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string[] ids, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(
            $"DELETE FROM {schema.Table("chunks")} WHERE document_id = ANY($1)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = ids });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyChunksAsync(
        NpgsqlConnection connection,
        string table,
        IReadOnlyList<DocumentRecord> documents,
        CancellationToken cancellationToken)
    {
        var copy = $"COPY {table}(document_id, ordinal, text, vector, norm) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken).ConfigureAwait(false);
        foreach (var document in documents)
        {
            foreach (var chunk in document.Chunks)
            {
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(document.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(chunk.Ordinal, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(chunk.Text, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(
                    chunk.Vector.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Real, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(
                    TensorPrimitives.Norm(chunk.Vector.Span), NpgsqlDbType.Real, cancellationToken).ConfigureAwait(false);
            }
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
