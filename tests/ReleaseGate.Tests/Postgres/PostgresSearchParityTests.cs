using ReleaseGate.Indexing;
using ReleaseGate.Postgres.Indexing;
using ReleaseGate.Tests.Indexing;

namespace ReleaseGate.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchParityTests(PostgresCluster cluster) : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Both_stores_return_the_same_top_k_with_the_same_scores_for_every_query_and_filter()
    {
        var random = new Random(42);
        var documents = Enumerable.Range(0, 300).Select(i => RandomDocument(random, i)).ToList();
        await using var sqlite = await SqliteIndexStore.OpenAsync(_folder.File("parity.db"));
        await using var postgres = await PostgresIndexStore.OpenAsync(cluster.ConnectionString, cluster.NewIndexName());
        await sqlite.ReplaceDocumentsAsync(documents);
        await postgres.ReplaceDocumentsAsync(documents);
        var filters = new SearchFilter?[]
        {
            null,
            new("a/"),
            new(null, new Dictionary<string, string> { ["kind"] = "guide" }),
            new("b/", new Dictionary<string, string> { ["kind"] = "api" }),
        };

        var compared = 0;
        for (var q = 0; q < 24; q++)
        {
            var query = new VectorQuery(Unit(random, 16), 1 + (q % 12), "fp", T0.AddDays(q), filters[q % filters.Length]);
            var expected = await sqlite.SearchAsync(query);
            var actual = await postgres.SearchAsync(query);

            Assert.Equal(Keys(expected), Keys(actual));
            Assert.Equal(expected.Select(h => h.Score), actual.Select(h => h.Score));
            Assert.Equal(expected.Select(h => h.Text), actual.Select(h => h.Text));
            compared += actual.Count;
        }

        Assert.True(compared > 100, $"only {compared} hits were compared");
    }

    private static IEnumerable<(string, int)> Keys(IReadOnlyList<SearchHit> hits) =>
        hits.Select(h => (h.DocumentId, h.Ordinal));

    private static DocumentRecord RandomDocument(Random random, int i)
    {
        var id = (i % 2 == 0 ? "a/" : "b/") + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + ".md";
        var chunks = Enumerable.Range(0, 1 + (i % 5))
            .Select(c => new ChunkRecord(c, $"{id} #{c}", Unit(random, 16)))
            .ToArray();
        var metadata = new Dictionary<string, string> { ["kind"] = i % 3 == 0 ? "api" : "guide" };
        DateTimeOffset? expires = i % 7 == 0 ? T0.AddDays(i % 20) : null;
        return new DocumentRecord(id, null, "h" + i, "fp", metadata, T0, expires, chunks);
    }

    private static float[] Unit(Random random, int dimensions)
    {
        var vector = Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return [.. vector.Select(v => v / norm)];
    }
}
