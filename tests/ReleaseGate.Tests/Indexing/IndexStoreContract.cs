using ReleaseGate.Indexing;

namespace ReleaseGate.Tests.Indexing;

/// <summary>
/// The behaviour every <see cref="IIndexStore"/> must have. A store implementation gets the whole suite by
/// deriving from this class and creating an empty store.
/// </summary>
public abstract class IndexStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    protected IIndexStore Store { get; private set; } = null!;

    /// <summary>Creates an empty store for one test.</summary>
    protected abstract Task<IIndexStore> CreateStoreAsync();

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public async Task DisposeAsync() => await Store.DisposeAsync();

    [Fact]
    public async Task A_new_store_is_empty_and_has_no_pipeline()
    {
        var info = await Store.GetInfoAsync();

        Assert.Equal(0, info.Documents);
        Assert.Equal(0, info.Chunks);
        Assert.Null(info.Fingerprint);
        Assert.Equal(PipelineFingerprint.CurrentSchemaVersion, info.SchemaVersion);
    }

    [Fact]
    public async Task The_fingerprint_is_kept()
    {
        await Store.SetFingerprintAsync("model=a;dims=4");
        await Store.SetFingerprintAsync("model=b;dims=4");

        Assert.Equal("model=b;dims=4", (await Store.GetInfoAsync()).Fingerprint);
    }

    [Fact]
    public async Task A_written_document_reads_back_exactly()
    {
        var written = Document("a.md", "h1", chunks: 3, seed: 1, metadata: new() { ["lang"] = "en" });

        await Store.ReplaceDocumentsAsync([written]);
        var read = await Store.GetDocumentAsync("a.md");

        Assert.NotNull(read);
        IndexStoreContractAssert.Same(written, read);
        var state = (await Store.GetDocumentStatesAsync())["a.md"];
        Assert.Equal(new DocumentState("a.md", "h1", "fp", null), state);
    }

    [Fact]
    public async Task Replacing_a_document_retires_all_of_its_old_chunks()
    {
        await Store.ReplaceDocumentsAsync([Document("a.md", "old", chunks: 5, seed: 1)]);
        var replacement = Document("a.md", "new", chunks: 2, seed: 9);

        await Store.ReplaceDocumentsAsync([replacement]);

        IndexStoreContractAssert.Same(replacement, (await Store.GetDocumentAsync("a.md"))!);
        Assert.Equal(2, (await Store.GetInfoAsync()).Chunks);
    }

    [Fact]
    public async Task A_batch_that_fails_partway_changes_no_document()
    {
        var before = Document("a.md", "old", chunks: 2, seed: 1);
        await Store.ReplaceDocumentsAsync([before]);
        var broken = Document("b.md", "new", chunks: 1, seed: 2) with
        {
            Chunks = [new ChunkRecord(0, null!, new float[] { 1, 0, 0, 0 })],
        };

        await Assert.ThrowsAnyAsync<Exception>(
            () => Store.ReplaceDocumentsAsync([Document("a.md", "new", chunks: 3, seed: 5), broken]));

        IndexStoreContractAssert.Same(before, (await Store.GetDocumentAsync("a.md"))!);
        Assert.Null(await Store.GetDocumentAsync("b.md"));
    }

    [Fact]
    public async Task Deleting_removes_documents_with_their_chunks_and_ignores_unknown_ids()
    {
        await Store.ReplaceDocumentsAsync([Document("a.md", "h", 2, 1), Document("b.md", "h", 2, 2)]);

        var deleted = await Store.DeleteDocumentsAsync(["a.md", "missing.md"]);

        Assert.Equal(1, deleted);
        Assert.Null(await Store.GetDocumentAsync("a.md"));
        var info = await Store.GetInfoAsync();
        Assert.Equal((1, 2), (info.Documents, info.Chunks));
    }

    [Fact]
    public async Task Deleting_expired_documents_removes_exactly_those_at_or_before_now()
    {
        await Store.ReplaceDocumentsAsync(
        [
            Document("early.md", "h", 1, 1) with { ExpiresAt = T0.AddHours(1) },
            Document("now.md", "h", 1, 2) with { ExpiresAt = T0.AddHours(2) },
            Document("later.md", "h", 1, 3) with { ExpiresAt = T0.AddHours(3) },
            Document("never.md", "h", 1, 4),
        ]);

        var removed = await Store.DeleteExpiredAsync(T0.AddHours(2));

        Assert.Equal(["early.md", "now.md"], removed);
        Assert.Equal(["later.md", "never.md"], (await Store.GetDocumentStatesAsync()).Keys.Order());
    }

    [Fact]
    public async Task Search_ranks_by_cosine_and_returns_at_most_top()
    {
        await Store.ReplaceDocumentsAsync(
        [
            Single("x.md", [1, 0, 0, 0]),
            Single("xy.md", [1, 1, 0, 0]),
            Single("y.md", [0, 1, 0, 0]),
            Single("minus-x.md", [-1, 0, 0, 0]),
        ]);

        var hits = await Store.SearchAsync(Query([2, 0, 0, 0], top: 3));

        Assert.Equal(["x.md", "xy.md", "y.md"], hits.Select(h => h.DocumentId));
        Assert.Equal(1f, hits[0].Score, 5);
        Assert.Equal(MathF.Sqrt(0.5f), hits[1].Score, 5);
        Assert.Equal("text of x.md", hits[0].Text);
    }

    [Fact]
    public async Task Search_never_returns_an_expired_document_even_before_a_sweep()
    {
        await Store.ReplaceDocumentsAsync(
        [
            Single("expired.md", [1, 0, 0, 0]) with { ExpiresAt = T0 },
            Single("alive.md", [0.5f, 0.5f, 0, 0]) with { ExpiresAt = T0.AddTicks(TimeSpan.TicksPerMillisecond) },
        ]);

        var hits = await Store.SearchAsync(Query([1, 0, 0, 0], top: 5));

        Assert.Equal(["alive.md"], hits.Select(h => h.DocumentId));
    }

    [Fact]
    public async Task Search_filters_by_id_prefix_and_metadata()
    {
        await Store.ReplaceDocumentsAsync(
        [
            Single("api/app.md", [1, 0, 0, 0], new() { ["kind"] = "api" }),
            Single("api/dock.md", [0.9f, 0.1f, 0, 0], new() { ["kind"] = "guide" }),
            Single("tutorial/app.md", [1, 0, 0, 0], new() { ["kind"] = "api" }),
        ]);

        var byPrefix = await Store.SearchAsync(Query([1, 0, 0, 0], 5) with { Filter = new SearchFilter("api/") });
        var byBoth = await Store.SearchAsync(Query([1, 0, 0, 0], 5) with
        {
            Filter = new SearchFilter("api/", new Dictionary<string, string> { ["kind"] = "guide" }),
        });

        Assert.Equal(["api/app.md", "api/dock.md"], byPrefix.Select(h => h.DocumentId));
        Assert.Equal(["api/dock.md"], byBoth.Select(h => h.DocumentId));
    }

    [Fact]
    public async Task Search_only_compares_chunks_built_by_the_query_pipeline()
    {
        await Store.ReplaceDocumentsAsync(
            [Single("old.md", [1, 0, 0, 0]) with { Fingerprint = "other" }, Single("new.md", [0, 1, 0, 0])]);

        var hits = await Store.SearchAsync(Query([1, 0, 0, 0], 5));

        Assert.Equal(["new.md"], hits.Select(h => h.DocumentId));
    }

    [Fact]
    public async Task Search_sees_every_write_made_after_an_earlier_search()
    {
        await Store.ReplaceDocumentsAsync([Single("a.md", [1, 0, 0, 0])]);
        Assert.Single(await Store.SearchAsync(Query([1, 0, 0, 0], 5)));

        await Store.ReplaceDocumentsAsync([Single("b.md", [1, 0, 0, 0])]);
        await Store.DeleteDocumentsAsync(["a.md"]);

        Assert.Equal(["b.md"], (await Store.SearchAsync(Query([1, 0, 0, 0], 5))).Select(h => h.DocumentId));
    }

    protected static DocumentRecord Document(
        string id, string hash, int chunks, int seed, Dictionary<string, string>? metadata = null)
    {
        var random = new Random(seed);
        var records = Enumerable.Range(0, chunks)
            .Select(i => new ChunkRecord(
                i, $"{id} chunk {i} ✓", Enumerable.Range(0, 4).Select(_ => (float)random.NextDouble() - 0.5f).ToArray()))
            .ToArray();
        return new DocumentRecord(
            id, new Uri("file:///docs/" + id), hash, "fp", metadata ?? [], T0, null, records);
    }

    private static DocumentRecord Single(string id, float[] vector, Dictionary<string, string>? metadata = null) =>
        new(id, null, "h", "fp", metadata ?? [], T0, null, [new ChunkRecord(0, "text of " + id, vector)]);

    private static VectorQuery Query(float[] vector, int top)
    {
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return new VectorQuery(vector.Select(v => v / norm).ToArray(), top, "fp", T0, null);
    }
}
