using ReleaseGate.Indexing;
using ReleaseGate.Postgres.Indexing;
using ReleaseGate.Tests.Indexing;

namespace ReleaseGate.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresElectronDocsTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Staleness_and_incremental_reindex_of_v2_over_v1_match_the_change_list()
    {
        await using var store = await PostgresIndexStore.OpenAsync(cluster.ConnectionString, cluster.NewIndexName());
        var v1 = await new KnowledgeIndex(store, new CountingEmbedder(), RedactionPolicy.None)
            .ReindexAsync(new DirectorySource(ElectronDocs.V1));
        Assert.Equal(240, v1.Added);

        var embedder = new CountingEmbedder();
        var index = new KnowledgeIndex(store, embedder, RedactionPolicy.None);
        var v2 = new DirectorySource(ElectronDocs.V2);
        var stale = await index.FindStaleAsync(v2);

        Assert.Equal(ElectronDocs.Changes('A'), stale.New);
        Assert.Equal(ElectronDocs.Changes('M'), stale.Changed);
        Assert.Equal(ElectronDocs.Changes('D'), stale.Deleted);
        Assert.Equal(198, stale.Unchanged);

        var result = await index.ReindexAsync(v2);

        Assert.Equal((8, 41, 1, 198), (result.Added, result.Updated, result.Deleted, result.Unchanged));
        Assert.Equal(embedder.Texts.Count, result.ChunksEmbedded);
        Assert.True((await index.FindStaleAsync(v2)).IsCurrent);
        var whole = await IndexAssert.EveryDocumentWholeAsync(store, ElectronDocs.V2);
        Assert.Equal(247, Assert.Single(whole));
        var hits = await index.SearchAsync("How do I create a BrowserWindow?", top: 3);
        Assert.Equal(3, hits.Count);
        Assert.True(hits[0].Score >= hits[1].Score && hits[1].Score >= hits[2].Score);
    }
}
