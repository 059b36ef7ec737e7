using ReleaseGate.Embeddings.MiniLM;
using ReleaseGate.Evaluation;
using ReleaseGate.Indexing;
using ReleaseGate.Tests.Evaluation;

namespace ReleaseGate.Tests.Releases;

/// <summary>
/// Runs the XQuAD retrieval evaluation once per test class: the 240 passages go into the runtime index (SQLite
/// store, local MiniLM model) for the normal pipeline, for a rerun of it, and for a degraded pipeline whose
/// passages keep only their first sentence; the 1,190 questions are asked of each and scored on hit@3 and
/// reciprocal rank.
/// </summary>
/// <remarks>
/// The model is the slow part on a small CI machine, so every distinct text is embedded once: the questions up
/// front, in batches, then each passage set when it is first indexed. The rerun still builds its own store and
/// searches it; only the vectors come from memory.
/// </remarks>
public sealed class XquadRetrievalFixture : IAsyncLifetime
{
    private static readonly IReadOnlyList<IScorer> Scorers = [new HitAtKScorer(3), new ReciprocalRankScorer()];

    private readonly TempDirectory _folder = new();
    private readonly MemoizingEmbedder _embedder = new(new MiniLmEmbeddingGenerator());
    private readonly List<ReindexResult> _reindexes = [];
    private readonly List<StoreInfo> _stores = [];
    private readonly List<int> _newlyEmbedded = [];

    public IReadOnlyList<EvalCase> Questions { get; private set; } = [];

    public ScoreReport Normal { get; private set; } = null!;

    public ScoreReport Rerun { get; private set; } = null!;

    public ScoreReport Degraded { get; private set; } = null!;

    /// <summary>What each run's reindex did, in run order.</summary>
    public IReadOnlyList<ReindexResult> Reindexes => _reindexes;

    /// <summary>Each run's store after indexing, in run order.</summary>
    public IReadOnlyList<StoreInfo> Stores => _stores;

    /// <summary>How many texts the model embedded: for the questions, then for each run in run order.</summary>
    public IReadOnlyList<int> NewlyEmbedded => _newlyEmbedded;

    public async Task InitializeAsync()
    {
        Questions = XquadCorpus.Questions();
        foreach (var batch in Questions.Select(q => q.InputText).Chunk(64))
        {
            await _embedder.GenerateAsync(batch);
        }

        _newlyEmbedded.Add(_embedder.EmbeddedTexts);

        Normal = await RunAsync("normal", text => text);
        Rerun = await RunAsync("rerun", text => text);
        Degraded = await RunAsync("degraded", XquadCorpus.FirstSentence);
    }

    public Task DisposeAsync()
    {
        _embedder.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private async Task<ScoreReport> RunAsync(string name, Func<string, string> shape)
    {
        await using var store = await SqliteIndexStore.OpenAsync(Path.Combine(_folder.Path, name + ".db"));
        var index = new KnowledgeIndex(store, _embedder, RedactionPolicy.None);
        _reindexes.Add(await index.ReindexAsync(new XquadCorpus.ListSource(XquadCorpus.Passages(shape))));
        _stores.Add(await store.GetInfoAsync());
        _newlyEmbedded.Add(_embedder.EmbeddedTexts - _newlyEmbedded.Sum());

        async ValueTask<EvalOutput> Retrieve(EvalCase question, CancellationToken token)
        {
            var hits = await index.SearchAsync(question.InputText, top: 10, cancellationToken: token);
            return new EvalOutput(ranked: hits.Select(h => h.DocumentId).Distinct().ToList());
        }

        return await new EvaluationRunner(Scorers).RunAsync(Questions, Retrieve, new BuildInfo(name));
    }
}
