using ReleaseGate.Indexing;

namespace ReleaseGate.Tests.Indexing;

public sealed class ElectronDocsIndexTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Reindexing_v2_over_v1_embeds_only_the_changed_and_new_documents_and_removes_the_deleted()
    {
        await using var store = await SqliteIndexStore.OpenAsync(_folder.File("electron.db"));
        var built = await new KnowledgeIndex(store, new CountingEmbedder(), RedactionPolicy.None)
            .ReindexAsync(new DirectorySource(ElectronDocs.V1));
        Assert.Equal((240, 0, 0), (built.Added, built.Updated, built.Deleted));

        var embedder = new CountingEmbedder();
        var index = new KnowledgeIndex(store, embedder, RedactionPolicy.None);
        var v2 = new DirectorySource(ElectronDocs.V2);
        var stale = await index.FindStaleAsync(v2);

        Assert.Equal(ElectronDocs.Changes('A'), stale.New);
        Assert.Equal(ElectronDocs.Changes('M'), stale.Changed);
        Assert.Equal(ElectronDocs.Changes('D'), stale.Deleted);
        Assert.Equal((8, 41, 1, 198), (stale.New.Count, stale.Changed.Count, stale.Deleted.Count, stale.Unchanged));
        Assert.False(stale.PipelineChanged);

        var result = await index.ReindexAsync(v2);

        var chunker = new ParagraphChunker();
        var expectedTexts = stale.New.Concat(stale.Changed).Order(StringComparer.Ordinal)
            .SelectMany(id => chunker.Split(SourceText.Normalize(File.ReadAllText(Path.Combine(ElectronDocs.V2, id)))))
            .ToList();
        Assert.Equal(expectedTexts.Order(), embedder.Texts.Order());
        Assert.Equal((expectedTexts.Count + 31) / 32, embedder.Calls);
        Assert.Equal(
            new ReindexResult(8, 41, 1, 198, expectedTexts.Count, embedder.Calls),
            result);
        Assert.Null(await store.GetDocumentAsync("development/goma.md"));
        Assert.True((await index.FindStaleAsync(v2)).IsCurrent);
        var whole = await IndexAssert.EveryDocumentWholeAsync(store, ElectronDocs.V2);
        Assert.Equal(247, Assert.Single(whole));
    }

    public void Dispose() => _folder.Dispose();
}
