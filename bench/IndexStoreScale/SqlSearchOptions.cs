using System.Diagnostics;
using Npgsql;
using ReleaseGate.Indexing;

namespace IndexStoreScale;

/// <summary>
/// The in-SQL ways to search <c>real[]</c> vectors exactly without pgvector, timed against the store's cached
/// search on the same index and query: the per-row <c>unnest</c> subquery the store used before, and an
/// IMMUTABLE PARALLEL SAFE SQL dot-product function that lets the planner use parallel workers.
/// </summary>
internal static class SqlSearchOptions
{
    private const int TimeoutSeconds = 300;

    public static async Task MeasureAsync(string connectionString, string schema, float[] query, IReadOnlyList<SearchHit> expected)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"""
            CREATE OR REPLACE FUNCTION "{schema}".bench_dot(real[], real[]) RETURNS float8
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS 'SELECT sum(x::float8 * y::float8) FROM unnest($1, $2) AS t(x, y)'
            """);
        var options = new (string Name, string Setup, string Score)[]
        {
            ("SQL unnest per row, serial (before)", "SET max_parallel_workers_per_gather = 0",
                "(SELECT sum(x::float8 * y::float8) FROM unnest(c.vector, $1) AS t(x, y)) / c.norm"),
            ("SQL PARALLEL SAFE function, 2 workers",
                "SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0",
                $"\"{schema}\".bench_dot(c.vector, $1) / c.norm"),
        };
        foreach (var (name, setup, score) in options)
        {
            await ExecuteAsync(connection, setup);
            using var command = new NpgsqlCommand(
                $"SELECT c.document_id, c.ordinal FROM \"{schema}\".chunks c ORDER BY {score} DESC, c.document_id, c.ordinal LIMIT 10",
                connection)
            {
                CommandTimeout = TimeoutSeconds,
            };
            command.Parameters.Add(new NpgsqlParameter<float[]> { TypedValue = query });
            var watch = Stopwatch.StartNew();
            try
            {
                var ids = new List<(string, int)>();
                using (var reader = await command.ExecuteReaderAsync())
                {
                    while (await reader.ReadAsync())
                    {
                        ids.Add((reader.GetString(0), reader.GetInt32(1)));
                    }
                }

                var same = ids.SequenceEqual(expected.Select(h => (h.DocumentId, h.Ordinal)));
                Console.WriteLine(
                    $"PostgreSQL {name,-48} {watch.Elapsed.TotalMilliseconds,12:N1} ms (same top 10 as the cache: {same})");
            }
            catch (NpgsqlException ex) when (ex.InnerException is TimeoutException || ex is PostgresException)
            {
                Console.WriteLine($"PostgreSQL {name,-48} over {TimeoutSeconds} s, cancelled ({ex.Message})");
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
