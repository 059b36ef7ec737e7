using Microsoft.Extensions.AI;
using ReleaseGate.Indexing;

namespace ReleaseGate.Cli.Indexing;

/// <summary>An open store with the index over it, as every index verb needs them.</summary>
internal sealed class IndexSession : IAsyncDisposable
{
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embedder;

    private IndexSession(IIndexStore store, IEmbeddingGenerator<string, Embedding<float>> embedder, KnowledgeIndex index)
    {
        Store = store;
        _embedder = embedder;
        Index = index;
    }

    public IIndexStore Store { get; }

    public string Location => CliStores.Describe(Store);

    public KnowledgeIndex Index { get; }

    public static async Task<IndexSession> OpenAsync(
        string storePath, string indexName, bool createIfMissing, string embedderName, KnowledgeIndexOptions? options = null)
    {
        var embedder = EmbedderCatalog.Create(embedderName);
        try
        {
            var store = await CliStores.OpenAsync(storePath, indexName, createIfMissing, CancellationToken.None);
            var index = new KnowledgeIndex(store, embedder, RedactionPolicy.Default, options);
            return new IndexSession(store, embedder, index);
        }
        catch
        {
            embedder.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _embedder.Dispose();
    }
}
