using System.Diagnostics;
using System.Globalization;
using ReleaseGate.Indexing;
using ReleaseGate.Postgres.Indexing;

namespace IndexStoreScale;

/// <summary>
/// Staleness check, incremental reindex of 1% changed documents and exact search latency at scale, on the
/// SQLite store and on the PostgreSQL store, in one run so their ratio is comparable on a busy machine.
/// Usage: IndexStoreScale POSTGRES_CONNECTION [CHUNKS=1000000] [DIMENSIONS=128] [WORK_FOLDER=/tmp] [--skip-sql].
/// </summary>
internal static class Program
{
    private const int ChunksPerDocument = 10;
    private const int LoadBatch = 1000;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: IndexStoreScale POSTGRES_CONNECTION [CHUNKS] [DIMENSIONS] [WORK_FOLDER]");
            return 2;
        }

        var chunks = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var dimensions = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 128;
        var folder = args.Length > 3 ? args[3] : Path.GetTempPath();
        var corpus = new SyntheticCorpus(chunks / ChunksPerDocument, ChunksPerDocument, dimensions);
        Console.WriteLine(
            $"{corpus.Documents:N0} documents x {ChunksPerDocument} chunks = {chunks:N0} chunks, {dimensions} dimensions, " +
            $"{Environment.ProcessorCount} cores (shared with other work: absolute times are noisy)");

        var sqlitePath = Path.Combine(folder, "releasegate-bench.db");
        DeleteSqlite(sqlitePath);
        await using var sqlite = await SqliteIndexStore.OpenAsync(sqlitePath);
        var sqliteResult = await MeasureAsync("SQLite", sqlite, new SqliteSnapshots(sqlite), corpus, dimensions, folder);
        var sqliteHits = LastHits;

        var index = "bench" + chunks.ToString(CultureInfo.InvariantCulture);
        await using (var stale = await PostgresIndexStore.OpenAsync(args[0], index))
        {
            await stale.DropAsync();
        }

        await using var postgres = await PostgresIndexStore.OpenAsync(args[0], index);
        Console.WriteLine($"PostgreSQL vectors: {postgres.VectorStorage}");
        var postgresResult = await MeasureAsync(
            "PostgreSQL", postgres, new PostgresSnapshots(postgres), corpus, dimensions, folder);
        var same = sqliteHits.Select(h => (h.DocumentId, h.Ordinal)).SequenceEqual(LastHits.Select(h => (h.DocumentId, h.Ordinal)));
        Console.WriteLine($"same top 10 from both stores for the last query: {same}");
        if (!args.Contains("--skip-sql"))
        {
            await SqlSearchOptions.MeasureAsync(args[0], postgres.SchemaName, LastQuery, LastHits);
        }

        Console.WriteLine();
        Console.WriteLine("ratio PostgreSQL / SQLite (above 1: PostgreSQL slower)");
        foreach (var (name, s, p) in sqliteResult.Zip(postgresResult, (s, p) => (s.Name, s.Seconds, p.Seconds)))
        {
            Console.WriteLine($"  {name,-34} {p / s,8:F2}");
        }

        DeleteSqlite(sqlitePath);
        return 0;
    }

    private static float[] LastQuery { get; set; } = [];

    private static IReadOnlyList<SearchHit> LastHits { get; set; } = [];

    private static async Task<List<(string Name, double Seconds)>> MeasureAsync(
        string name, IIndexStore store, IIndexSnapshots snapshots, SyntheticCorpus corpus, int dimensions, string folder)
    {
        var embedder = new HashingEmbeddingGenerator(dimensions);
        var index = new KnowledgeIndex(store, embedder, RedactionPolicy.None);
        await store.SetFingerprintAsync(index.Fingerprint.Value);
        var results = new List<(string Name, double Seconds)>();

        var load = Stopwatch.StartNew();
        foreach (var batch in corpus.Records(index.Fingerprint.Value, DateTimeOffset.UtcNow).Chunk(LoadBatch))
        {
            await store.ReplaceDocumentsAsync(batch);
        }

        Report(name, "load (not compared)", load.Elapsed.TotalSeconds);

        var staleness = Stopwatch.StartNew();
        var report = await index.FindStaleAsync(corpus.Revision(2));
        results.Add(Report(name, $"staleness check ({report.Changed.Count:N0} changed)", staleness.Elapsed.TotalSeconds));

        var reindex = Stopwatch.StartNew();
        var result = await index.ReindexAsync(corpus.Revision(2));
        results.Add(Report(
            name,
            $"reindex 1% ({result.Updated:N0} docs, {result.ChunksEmbedded:N0} chunks)",
            reindex.Elapsed.TotalSeconds));

        var random = new Random(7);
        var query = new float[dimensions];
        var latencies = new List<double>();
        float[] lastQuery = [];
        IReadOnlyList<SearchHit> lastHits = [];
        for (var i = 0; i < 4; i++)
        {
            for (var d = 0; d < dimensions; d++)
            {
                query[d] = (float)(random.NextDouble() - 0.5);
            }

            var norm = MathF.Sqrt(query.Sum(v => v * v));
            var unit = query.Select(v => v / norm).ToArray();
            var search = Stopwatch.StartNew();
            var hits = await store.SearchAsync(new VectorQuery(unit, 10, index.Fingerprint.Value, DateTimeOffset.UtcNow, null));
            latencies.Add(search.Elapsed.TotalSeconds);
            (lastQuery, lastHits) = (unit, hits);
            if (hits.Count != 10)
            {
                throw new InvalidOperationException($"{name}: a search returned {hits.Count} hits, not 10");
            }
        }

        Report(name, "first search, top 10 (not compared)", latencies[0]);
        var warm = latencies.Skip(1).Order().ElementAt(1);
        results.Add(Report(name, "exact search, top 10 (median of 3)", warm));

        var snapshotPath = Path.Combine(folder, $"releasegate-bench-{name}.snapshot.db");
        DeleteSqlite(snapshotPath);
        File.Delete(SnapshotManifest.PathFor(snapshotPath));
        var snapshot = Stopwatch.StartNew();
        await snapshots.SnapshotAsync(snapshotPath);
        results.Add(Report(name, "snapshot", snapshot.Elapsed.TotalSeconds));
        File.Delete(snapshotPath);
        File.Delete(SnapshotManifest.PathFor(snapshotPath));
        LastQuery = lastQuery;
        LastHits = lastHits;
        return results;
    }

    private static (string, double) Report(string store, string what, double seconds)
    {
        Console.WriteLine($"{store,-10} {what,-48} {seconds * 1000,12:N1} ms");
        return (what.Split(" (")[0], seconds);
    }

    private static void DeleteSqlite(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }
}
