using Microsoft.Extensions.Time.Testing;
using ReleaseGate.Indexing;

namespace ReleaseGate.Tests.Indexing;

public sealed class KnowledgeIndexTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TempFolder _docs = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private SqliteIndexStore _store = null!;

    public async Task InitializeAsync() => _store = await SqliteIndexStore.OpenAsync(_folder.File("index.db"));

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public void Dispose()
    {
        _folder.Dispose();
        _docs.Dispose();
    }

    [Fact]
    public async Task A_file_whose_bytes_did_not_change_is_unchanged_whatever_its_modification_time()
    {
        var path = _docs.Write("a.md", "alpha\n\nbeta");
        var index = Index(new CountingEmbedder());
        await index.ReindexAsync(Source());

        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddDays(3));
        var report = await index.FindStaleAsync(Source());

        Assert.True(report.IsCurrent);
        Assert.Equal(1, report.Unchanged);
    }

    [Fact]
    public async Task Line_endings_and_a_byte_order_mark_alone_do_not_make_a_document_changed()
    {
        _docs.Write("a.md", "alpha\n\nbeta\n");
        var index = Index(new CountingEmbedder());
        await index.ReindexAsync(Source());

        File.WriteAllText(_docs.File("a.md"), "\uFEFFalpha\r\n\r\nbeta\r\n");

        Assert.True((await index.FindStaleAsync(Source())).IsCurrent);
    }

    [Fact]
    public async Task Each_document_is_classified_and_only_stale_ones_are_embedded()
    {
        _docs.Write("same.md", "unchanged text");
        _docs.Write("edit.md", "first text");
        _docs.Write("gone.md", "to be deleted");
        var index = Index(new CountingEmbedder());
        await index.ReindexAsync(Source());
        File.WriteAllText(_docs.File("edit.md"), "second text");
        File.Delete(_docs.File("gone.md"));
        _docs.Write("sub/new.md", "brand new");

        var embedder = new CountingEmbedder();
        var second = Index(embedder);
        Assert.Equal(DocumentStaleness.Unchanged, await second.IsStaleAsync(new SourceDocument("same.md", "unchanged text")));
        Assert.Equal(DocumentStaleness.Changed, await second.IsStaleAsync(new SourceDocument("edit.md", "second text")));
        Assert.Equal(DocumentStaleness.New, await second.IsStaleAsync(new SourceDocument("sub/new.md", "brand new")));
        var result = await second.ReindexAsync(Source());

        Assert.Equal(new ReindexResult(1, 1, 1, 1, 2, 1), result);
        Assert.Equal(["second text", "brand new"], embedder.Texts);
    }

    [Fact]
    public async Task Chunks_are_sent_to_the_embedder_in_batches_of_the_configured_size()
    {
        for (var i = 0; i < 7; i++)
        {
            _docs.Write($"d{i}.md", string.Join("\n\n", Enumerable.Repeat($"paragraph of document {i} " + new string('x', 300), 3)));
        }

        var embedder = new CountingEmbedder();
        var index = Index(embedder, new KnowledgeIndexOptions { EmbeddingBatchSize = 4, Chunker = new ParagraphChunker(400, 40) });

        var result = await index.ReindexAsync(Source());

        Assert.Equal(21, result.ChunksEmbedded);
        Assert.Equal(6, embedder.Calls);
        Assert.Equal(6, result.EmbeddingCalls);
    }

    [Fact]
    public async Task Redaction_runs_before_anything_is_embedded_or_stored()
    {
        _docs.Write("contact.md", "Write to jane.doe@example.com for access.");
        var embedder = new CountingEmbedder();
        var index = Index(embedder, redaction: RedactionPolicy.Using(new EmailRedactor()));

        await index.ReindexAsync(Source());

        var stored = await _store.GetDocumentAsync("contact.md");
        Assert.Equal("Write to [EMAIL] for access.", Assert.Single(stored!.Chunks).Text);
        Assert.DoesNotContain(embedder.Texts, t => t.Contains("jane.doe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_pipeline_marks_every_document_stale_and_cannot_write_unless_allowed()
    {
        _docs.Write("a.md", "alpha");
        _docs.Write("b.md", "beta");
        await Index(new CountingEmbedder()).ReindexAsync(Source());
        var otherChunker = new KnowledgeIndexOptions { Chunker = new ParagraphChunker(500, 50) };
        var other = Index(new CountingEmbedder(), otherChunker);

        var report = await other.FindStaleAsync(Source());
        var refused = await Assert.ThrowsAsync<ReleaseGateException>(() => other.ReindexAsync(Source()));

        Assert.True(report.PipelineChanged);
        Assert.Equal(["a.md", "b.md"], report.Changed);
        Assert.Equal(ReleaseGateErrorCodes.PipelineMismatch, refused.Code);
        Assert.Contains(_store.FilePath, refused.Message, StringComparison.Ordinal);
        Assert.Contains("paragraph(max=1000,overlap=100)", refused.Message, StringComparison.Ordinal);

        var embedder = new CountingEmbedder();
        var allowed = Index(embedder, new KnowledgeIndexOptions { Chunker = otherChunker.Chunker, AllowPipelineChange = true });
        var result = await allowed.ReindexAsync(Source());

        Assert.Equal(2, result.Updated);
        Assert.Equal(2, embedder.Texts.Count);
        Assert.True((await allowed.FindStaleAsync(Source())).IsCurrent);
    }

    [Fact]
    public async Task Expired_documents_are_never_found_and_a_sweep_removes_exactly_them()
    {
        _docs.Write("short.md", "rotation schedule for the on-call team");
        _docs.Write("long.md", "rotation policy of the platform team");
        var options = new KnowledgeIndexOptions { DefaultTimeToLive = TimeSpan.FromDays(30), TimeProvider = _time };
        var index = Index(new CountingEmbedder(), options);
        await index.ReindexAsync(new ShortLivedSource(Source(), "short.md", TimeSpan.FromHours(1)));

        Assert.Equal(2, (await index.SearchAsync("rotation team", top: 5)).Count);
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(["long.md"], (await index.SearchAsync("rotation team", top: 5)).Select(h => h.DocumentId));
        var sweep = await index.SweepExpiredAsync();
        Assert.Equal(["short.md"], sweep.Removed);
        Assert.Equal(_time.GetUtcNow(), sweep.SweptAt);

        _time.Advance(TimeSpan.FromDays(30));
        Assert.Empty(await index.SearchAsync("rotation team", top: 5));
        Assert.Equal(["long.md"], (await index.SweepExpiredAsync()).Removed);
        Assert.Equal(0, (await _store.GetInfoAsync()).Documents);
    }

    [Fact]
    public async Task Search_ranks_the_matching_document_first_and_applies_filters()
    {
        _docs.Write("api/window.md", "Create a browser window with a title bar.");
        _docs.Write("api/tray.md", "Add an icon to the system tray.");
        _docs.Write("guide/window.md", "Guide to browser window title bar styles.");
        var index = Index(new CountingEmbedder());
        await index.ReindexAsync(Source());

        var all = await index.SearchAsync("system tray icon", top: 3);
        var filtered = await index.SearchAsync("browser window title bar", top: 3, new SearchFilter("guide/"));

        Assert.Equal("api/tray.md", all[0].DocumentId);
        Assert.True(all[0].Score > all[1].Score);
        Assert.Equal(["guide/window.md"], filtered.Select(h => h.DocumentId));
    }

    private KnowledgeIndex Index(CountingEmbedder embedder, KnowledgeIndexOptions? options = null, RedactionPolicy? redaction = null) =>
        new(_store, embedder, redaction ?? RedactionPolicy.None, options);

    private DirectorySource Source() => new(_docs.Path);

    /// <summary>Gives one document of a source its own time-to-live.</summary>
    private sealed class ShortLivedSource(IDocumentSource inner, string id, TimeSpan timeToLive) : IDocumentSource
    {
        public string Description => inner.Description;

        public async IAsyncEnumerable<SourceDocument> ReadAllAsync(
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (var document in inner.ReadAllAsync(cancellationToken))
            {
                yield return document.Id == id
                    ? new SourceDocument(document.Id, document.Text, document.SourceUri, document.Metadata, timeToLive)
                    : document;
            }
        }
    }
}
