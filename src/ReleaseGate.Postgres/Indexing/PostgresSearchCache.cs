using Npgsql;
using NpgsqlTypes;
using ReleaseGate.Indexing;

namespace ReleaseGate.Postgres.Indexing;

/// <summary>
/// Exact search over <c>real[]</c> vectors without pgvector: this process keeps every vector of the index in one
/// contiguous array (the SQLite store's <see cref="VectorCache"/>), loaded with one binary COPY and reloaded when
/// the index's change counter moves, whichever process wrote. A search is then one sequential pass in memory
/// instead of a per-row array function in SQL, which took over a minute at a million chunks.
/// </summary>
internal sealed class PostgresSearchCache(PostgresSchema schema) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private VectorCache? _cache;

    /// <summary>Searches on the caller's repeatable-read transaction, so hits and texts come from one state.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, VectorQuery query, CancellationToken cancellationToken)
    {
        var cache = await GetAsync(connection, transaction, query.Fingerprint, query.Vector.Length, cancellationToken)
            .ConfigureAwait(false);
        var rows = cache.Search(query);
        if (rows.Count == 0)
        {
            return [];
        }

        using var command = new NpgsqlCommand(
            $"SELECT c.text FROM unnest($1, $2) WITH ORDINALITY AS k(document_id, ordinal, n) " +
            $"JOIN {schema.Table("chunks")} c ON c.document_id = k.document_id AND c.ordinal = k.ordinal ORDER BY k.n",
            connection,
            transaction);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.Document.Id)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. rows.Select(r => r.Ordinal)] });
        var texts = new List<string>(rows.Count);
        using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                texts.Add(reader.GetString(0));
            }
        }

        // The cache was read at this transaction's change counter, so every row is still there.
        return [.. rows.Select((r, i) => new SearchHit(r.Document.Id, r.Ordinal, texts[i], r.Score, r.Document.SourceUri))];
    }

    public void Dispose() => _lock.Dispose();

    private async Task<VectorCache> GetAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string fingerprint,
        int dimensions,
        CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var version = await schema.ReadChangeCounterAsync(connection, transaction, cancellationToken)
                .ConfigureAwait(false);
            if (_cache is { } cache && cache.Version == version && cache.Fingerprint == fingerprint
                && cache.Dimensions == dimensions)
            {
                return cache;
            }

            _cache = null;
            _cache = await LoadAsync(connection, transaction, version, fingerprint, dimensions, cancellationToken)
                .ConfigureAwait(false);
            return _cache;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<VectorCache> LoadAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        long version,
        string fingerprint,
        int dimensions,
        CancellationToken cancellationToken)
    {
        var builder = new VectorCache.Builder(version, fingerprint, dimensions);
        using (var command = new NpgsqlCommand(
            $"SELECT id, source_uri, metadata::text, expires_at FROM {schema.Table("documents")} " +
            "WHERE fingerprint = $1 ORDER BY id",
            connection,
            transaction))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = fingerprint });
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                builder.AddDocument(
                    reader.GetString(0),
                    reader.IsDBNull(1) ? null : reader.GetString(1),
                    reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetInt64(3));
            }
        }

        // Binary COPY streams the arrays without text formatting; the builder orders the rows, so the server
        // does not have to sort (and spill) the whole table.
        var copy = $"COPY (SELECT document_id, ordinal, vector FROM {schema.Table("chunks")} " +
            "WHERE cardinality(vector) = " + dimensions.ToString(System.Globalization.CultureInfo.InvariantCulture) +
            ") TO STDOUT (FORMAT BINARY)";
        await using var rows = await connection.BeginBinaryExportAsync(copy, cancellationToken).ConfigureAwait(false);
        while (await rows.StartRowAsync(cancellationToken).ConfigureAwait(false) >= 0)
        {
            var documentId = await rows.ReadAsync<string>(NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            var ordinal = await rows.ReadAsync<int>(NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            var vector = await rows.ReadAsync<float[]>(NpgsqlDbType.Array | NpgsqlDbType.Real, cancellationToken)
                .ConfigureAwait(false);
            builder.AddChunk(documentId, ordinal, vector);
        }

        return builder.Build();
    }
}
