using ReleaseGate.Indexing;

namespace ReleaseGate.Tests.Indexing;

public sealed class ReindexFaultTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task An_embedder_that_fails_after_some_batches_leaves_every_document_whole_and_a_rerun_finishes()
    {
        await using var store = await SqliteIndexStore.OpenAsync(_folder.File("electron.db"));
        await new KnowledgeIndex(store, new CountingEmbedder(), RedactionPolicy.None)
            .ReindexAsync(new DirectorySource(ElectronDocs.V1));
        var v2 = new DirectorySource(ElectronDocs.V2);

        var failing = new KnowledgeIndex(store, new CountingEmbedder(failAfterCalls: 5), RedactionPolicy.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.ReindexAsync(v2));

        // Deletions come last, so nothing is missing: all of v1's documents are still there, each whole.
        var states = await store.GetDocumentStatesAsync();
        var v1Ids = Directory.EnumerateFiles(ElectronDocs.V1, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(ElectronDocs.V1, f).Replace('\\', '/'));
        Assert.All(v1Ids, id => Assert.True(states.ContainsKey(id), $"{id} is missing"));
        var perRevision = await IndexAssert.EveryDocumentWholeAsync(store, ElectronDocs.V1, ElectronDocs.V2);
        Assert.True(perRevision[1] > 0, "some documents were written before the failure");
        var afterFailure = await failing.FindStaleAsync(v2);
        Assert.NotEmpty(afterFailure.Changed);

        var rerun = await new KnowledgeIndex(store, new CountingEmbedder(), RedactionPolicy.None).ReindexAsync(v2);

        Assert.Equal(afterFailure.New.Count + afterFailure.Changed.Count, rerun.Added + rerun.Updated);
        Assert.Equal(1, rerun.Deleted);
        Assert.True((await failing.FindStaleAsync(v2)).IsCurrent);
        var whole = await IndexAssert.EveryDocumentWholeAsync(store, ElectronDocs.V2);
        Assert.Equal(247, Assert.Single(whole));
    }

    [Fact]
    public async Task A_cancelled_reindex_leaves_every_document_whole()
    {
        await using var store = await SqliteIndexStore.OpenAsync(_folder.File("electron.db"));
        await new KnowledgeIndex(store, new CountingEmbedder(), RedactionPolicy.None)
            .ReindexAsync(new DirectorySource(ElectronDocs.V1));
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress<IndexProgress>(p =>
        {
            if (p.DocumentsWritten > 10)
            {
                cancel.Cancel();
            }
        });

        var index = new KnowledgeIndex(store, new CountingEmbedder(), RedactionPolicy.None);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => index.ReindexAsync(new DirectorySource(ElectronDocs.V2), progress, cancel.Token));

        var perRevision = await IndexAssert.EveryDocumentWholeAsync(store, ElectronDocs.V1, ElectronDocs.V2);
        Assert.InRange(perRevision.Sum(), 240, 248);
        Assert.True(perRevision[1] > 0, "some documents were written before the cancellation");
    }

    public void Dispose() => _folder.Dispose();
}
