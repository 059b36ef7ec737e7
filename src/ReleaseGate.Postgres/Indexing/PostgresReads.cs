using System.Text;
using System.Text.Json;
using Npgsql;
using ReleaseGate.Indexing;

namespace ReleaseGate.Postgres.Indexing;

/// <summary>The queries of <see cref="PostgresIndexStore"/>; each runs on one database snapshot.</summary>
internal sealed class PostgresReads(PostgresSchema schema, PostgresVectorStorage storage)
{
    private const string HeaderColumns = "source_uri, content_hash, fingerprint, metadata::text, indexed_at, expires_at";

    private string VectorColumn => storage == PostgresVectorStorage.Pgvector ? "vector::real[]" : "vector";

    /// <summary>Every document without its chunks, keyed by id.</summary>
    public async Task<Dictionary<string, DocumentRecord>> ReadHeadersAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        using var select = new NpgsqlCommand(
            $"SELECT id, {HeaderColumns} FROM {schema.Table("documents")}", connection, transaction);
        using var row = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var headers = new Dictionary<string, DocumentRecord>(StringComparer.Ordinal);
        while (await row.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var header = Header(row);
            headers[header.Id] = header;
        }

        return headers;
    }

    /// <summary>Every chunk, ordered by document and ordinal, streamed from one query.</summary>
    public IEnumerable<(string DocumentId, ChunkRecord Chunk)> ReadChunkRows(
        NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        using var select = new NpgsqlCommand(
            $"SELECT document_id, ordinal, text, {VectorColumn} FROM {schema.Table("chunks")} " +
            "ORDER BY document_id, ordinal",
            connection,
            transaction);
        using var row = select.ExecuteReader();
        while (row.Read())
        {
            yield return (row.GetString(0), new ChunkRecord(row.GetInt32(1), row.GetString(2), row.GetFieldValue<float[]>(3)));
        }
    }

    public async Task<DocumentRecord?> ReadDocumentAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string id, CancellationToken cancellationToken)
    {
        using var select = new NpgsqlCommand(
            $"SELECT id, {HeaderColumns} FROM {schema.Table("documents")} WHERE id = $1",
            connection,
            transaction);
        select.Parameters.Add(new NpgsqlParameter<string> { TypedValue = id });
        DocumentRecord document;
        using (var row = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await row.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            document = Header(row);
        }

        using var chunkSelect = new NpgsqlCommand(
            $"SELECT ordinal, text, {VectorColumn} FROM {schema.Table("chunks")} WHERE document_id = $1 ORDER BY ordinal",
            connection,
            transaction);
        chunkSelect.Parameters.Add(new NpgsqlParameter<string> { TypedValue = id });
        using var chunkRows = await chunkSelect.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var chunks = new List<ChunkRecord>();
        while (await chunkRows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            chunks.Add(new ChunkRecord(chunkRows.GetInt32(0), chunkRows.GetString(1), chunkRows.GetFieldValue<float[]>(2)));
        }

        return document with { Chunks = chunks };
    }

    /// <summary>
    /// Exact cosine search with pgvector in one statement, so it sees one committed state of every document.
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(
        NpgsqlConnection connection, VectorQuery query, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand { Connection = connection };
        var vector = query.Vector.ToArray();
        command.Parameters.Add(new NpgsqlParameter<float[]> { TypedValue = vector });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = query.Fingerprint });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = query.Now.ToUnixTimeMilliseconds() });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = vector.Length });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = query.Top });
        var where = new StringBuilder("d.fingerprint = $2 AND (d.expires_at IS NULL OR d.expires_at > $3)");
        if (query.Filter?.IdPrefix is { } prefix)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = prefix });
            where.Append(" AND starts_with(d.id, $").Append(command.Parameters.Count).Append(')');
        }

        if (query.Filter?.Metadata is { Count: > 0 } metadata)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = JsonSerializer.Serialize(metadata) });
            where.Append(" AND d.metadata @> $").Append(command.Parameters.Count).Append("::jsonb");
        }

        command.CommandText = $"""
            SELECT c.document_id, c.ordinal, c.text, d.source_uri,
                CASE WHEN c.norm > 0 THEN 1 - (c.vector <=> $1::real[]::vector) ELSE 0 END AS score
            FROM {schema.Table("chunks")} c JOIN {schema.Table("documents")} d ON d.id = c.document_id
            WHERE {where} AND vector_dims(c.vector) = $4
            ORDER BY score DESC, c.document_id, c.ordinal
            LIMIT $5
            """;
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var hits = new List<SearchHit>(query.Top);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hits.Add(new SearchHit(
                reader.GetString(0),
                reader.GetInt32(1),
                reader.GetString(2),
                (float)reader.GetDouble(4),
                reader.IsDBNull(3) ? null : new Uri(reader.GetString(3))));
        }

        return hits;
    }

    private static DocumentRecord Header(NpgsqlDataReader row) => new(
        row.GetString(0),
        row.IsDBNull(1) ? null : new Uri(row.GetString(1)),
        row.GetString(2),
        row.GetString(3),
        JsonSerializer.Deserialize<Dictionary<string, string>>(row.GetString(4)) ?? [],
        DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(5)),
        row.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(6)),
        []);
}
