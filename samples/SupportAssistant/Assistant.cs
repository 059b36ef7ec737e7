using Microsoft.Extensions.AI;
using ReleaseGate.Indexing;

namespace SupportAssistant;

/// <summary>Answers support questions from the documents it indexed: the best chunks and where they come from.</summary>
internal sealed class Assistant : IAsyncDisposable
{
    private readonly SqliteIndexStore _store;
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embedder;
    private readonly KnowledgeIndex _index;
    private readonly string _folder;

    // Word hashing rather than the MiniLM model: the gate scores every publish, and CI publishes this sample on
    // 1,190 questions three times; MiniLM costs about a minute of CPU per pass there, hashing about a second.
    private const int Dimensions = 1024;

    private Assistant(string folder, SqliteIndexStore store, IEmbeddingGenerator<string, Embedding<float>> embedder)
    {
        _folder = folder;
        _store = store;
        _embedder = embedder;
        _index = new KnowledgeIndex(store, embedder, RedactionPolicy.Default, new KnowledgeIndexOptions { Chunker = Chunker });
    }

#if DEGRADED
    public static string Variant => "Degraded";

    private static ITextChunker Chunker { get; } = new FirstSentenceChunker();
#else
    public static string Variant => "Normal";

    private static ITextChunker Chunker { get; } = new ParagraphChunker();
#endif

    /// <summary>Indexes the documents (a folder of Markdown files or a JSONL file of passages) in a scratch store.</summary>
    public static async Task<Assistant> StartAsync(string documents)
    {
        var source = File.Exists(documents)
            ? (IDocumentSource)new PassagesFileSource(documents)
            : new DirectorySource(documents);
        var folder = Directory.CreateTempSubdirectory("support-assistant-").FullName;
        var store = await SqliteIndexStore.OpenAsync(Path.Combine(folder, "index.db"));
        var assistant = new Assistant(folder, store, new HashingEmbeddingGenerator(Dimensions));
        await assistant._index.ReindexAsync(source);
        return assistant;
    }

    /// <summary>The chunks that best answer a question, best first.</summary>
    public Task<IReadOnlyList<SearchHit>> AskAsync(string question, int top = 3) => _index.SearchAsync(question, top);

    /// <summary>The ids of the documents that answer a question, best first, each once.</summary>
    public async Task<IReadOnlyList<string>> RankDocumentsAsync(string question)
    {
        var hits = await _index.SearchAsync(question, top: 10);
        return hits.Select(hit => hit.DocumentId).Distinct(StringComparer.Ordinal).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _embedder.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
