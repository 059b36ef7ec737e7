using System.Text;
using System.Text.Json;
using Npgsql;
using ReleaseGate.Indexing;

namespace ReleaseGate.Postgres.Indexing;

/// <summary>The queries of <see cref="PostgresIndexStore"/>; each runs on one database snapshot.</summary>
internal sealed class PostgresReads(PostgresSchema schema, PostgresVectorStorage storage)
{
    public async Task<DocumentRecord?> ReadDocumentAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string id, CancellationToken cancellationToken)
    {
        using var select = new NpgsqlCommand(
            "SELECT source_uri, content_hash, fingerprint, metadata::text, indexed_at, expires_at " +
            $"FROM {schema.Table("documents")} WHERE id = $1",
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

            document = new DocumentRecord(
                id,
                row.IsDBNull(0) ? null : new Uri(row.GetString(0)),
                row.GetString(1),
                row.GetString(2),
                JsonSerializer.Deserialize<Dictionary<string, string>>(row.GetString(3)) ?? [],
                DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(4)),
                row.IsDBNull(5) ? null : DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(5)),
                []);
        }

        var vector = storage == PostgresVectorStorage.Pgvector ? "vector::real[]" : "vector";
        using var chunkSelect = new NpgsqlCommand(
            $"SELECT ordinal, text, {vector} FROM {schema.Table("chunks")} WHERE document_id = $1 ORDER BY ordinal",
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

    /// <summary>Exact cosine search in one statement, so it sees one committed state of every document.</summary>
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
                CASE WHEN c.norm > 0 THEN {Similarity()} ELSE 0 END AS score
            FROM {schema.Table("chunks")} c JOIN {schema.Table("documents")} d ON d.id = c.document_id
            WHERE {where} AND {Dimensions()} = $4
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

    // The query is unit length, so cosine is the dot product over the stored vector's norm.
    private string Similarity() => storage == PostgresVectorStorage.Pgvector
        ? "1 - (c.vector <=> $1::real[]::vector)"
        : "(SELECT sum(x::float8 * y::float8) FROM unnest(c.vector, $1) AS t(x, y)) / c.norm";

    private string Dimensions() => storage == PostgresVectorStorage.Pgvector
        ? "vector_dims(c.vector)"
        : "cardinality(c.vector)";
}
