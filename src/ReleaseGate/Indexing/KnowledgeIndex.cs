using System.Numerics.Tensors;
using Microsoft.Extensions.AI;

namespace ReleaseGate.Indexing;

/// <summary>
/// An operated knowledge index: keeps a store in step with a live source by content hash, re-embeds only
/// what changed, redacts text on write, enforces retention and searches by cosine similarity.
/// </summary>
/// <remarks>
/// The redaction policy runs on a document's whole text before it is chunked, so a value that would straddle
/// two chunks is still found; every chunk that is embedded or stored has been through it.
/// </remarks>
public sealed class KnowledgeIndex
{
    private readonly IIndexStore _store;
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embedder;
    private readonly RedactionPolicy _redaction;
    private readonly KnowledgeIndexOptions _options;

    /// <summary>Creates an index over a store.</summary>
    /// <param name="store">Where records are kept.</param>
    /// <param name="embedder">Embeds chunks and queries; its metadata should name the model and dimensions.</param>
    /// <param name="redaction">What is done to text before it is embedded or stored; there is no default.</param>
    /// <param name="options">Chunking, batching, retention and clock settings.</param>
    public KnowledgeIndex(
        IIndexStore store,
        IEmbeddingGenerator<string, Embedding<float>> embedder,
        RedactionPolicy redaction,
        KnowledgeIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(redaction);
        _store = store;
        _embedder = embedder;
        _redaction = redaction;
        _options = options ?? new KnowledgeIndexOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.EmbeddingBatchSize, 1, nameof(options));

        var metadata = embedder.GetService<EmbeddingGeneratorMetadata>();
        var model = _options.ModelId ?? metadata?.DefaultModelId
            ?? throw new ArgumentException("The embedder names no model; set KnowledgeIndexOptions.ModelId.", nameof(embedder));
        var dimensions = _options.Dimensions ?? metadata?.DefaultModelDimensions
            ?? throw new ArgumentException("The embedder gives no dimensions; set KnowledgeIndexOptions.Dimensions.", nameof(embedder));
        Fingerprint = new PipelineFingerprint(
            model, dimensions, _options.Chunker.Settings, redaction.Name, PipelineFingerprint.CurrentSchemaVersion);
    }

    /// <summary>The fingerprint of this index's pipeline, stored with every record it writes.</summary>
    public PipelineFingerprint Fingerprint { get; }

    /// <summary>Compares the store with the whole source without changing anything.</summary>
    /// <param name="source">The live source.</param>
    /// <param name="cancellationToken">Cancels the comparison.</param>
    /// <returns>New, changed, deleted and unchanged documents, and whether the pipeline changed.</returns>
    public async Task<StalenessReport> FindStaleAsync(IDocumentSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var info = await _store.GetInfoAsync(cancellationToken).ConfigureAwait(false);
        var states = await _store.GetDocumentStatesAsync(cancellationToken).ConfigureAwait(false);
        var added = new List<string>();
        var changed = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unchanged = 0;
        var pipelineChanged = info.Fingerprint is not null && info.Fingerprint != Fingerprint.Value;
        await foreach (var document in source.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            RequireUnique(seen, document, source);
            var staleness = Classify(document, states.GetValueOrDefault(document.Id));
            pipelineChanged |= staleness == DocumentStaleness.PipelineChanged;
            switch (staleness)
            {
                case DocumentStaleness.Unchanged:
                    unchanged++;
                    break;
                case DocumentStaleness.New:
                    added.Add(document.Id);
                    break;
                default:
                    changed.Add(document.Id);
                    break;
            }
        }

        var deleted = states.Keys.Where(id => !seen.Contains(id)).Order(StringComparer.Ordinal).ToList();
        return new StalenessReport(added, changed, deleted, unchanged, pipelineChanged);
    }

    /// <summary>Compares one document with what the store holds for it.</summary>
    /// <param name="document">The live document.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Its staleness.</returns>
    public async Task<DocumentStaleness> IsStaleAsync(SourceDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var stored = await _store.GetDocumentAsync(document.Id, cancellationToken).ConfigureAwait(false);
        var state = stored is null ? null : new DocumentState(stored.Id, stored.ContentHash, stored.Fingerprint, stored.ExpiresAt);
        return Classify(document, state);
    }

    /// <summary>
    /// Brings the store in step with the source: embeds only new and changed documents, in batches, replaces
    /// each document's chunks atomically and removes documents the source no longer has.
    /// </summary>
    /// <param name="source">The live source.</param>
    /// <param name="progress">Receives progress after each committed batch.</param>
    /// <param name="cancellationToken">Stops between batches; what was committed stays whole.</param>
    /// <returns>Counts of what was done.</returns>
    /// <exception cref="ReleaseGateException">The store was built by another pipeline and
    /// <see cref="KnowledgeIndexOptions.AllowPipelineChange"/> is off (RG3004), or the source or embedder
    /// failed.</exception>
    public async Task<ReindexResult> ReindexAsync(
        IDocumentSource source, IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        await ClaimStoreAsync(cancellationToken).ConfigureAwait(false);
        var report = await FindStaleAsync(source, cancellationToken).ConfigureAwait(false);
        var toWrite = new HashSet<string>(report.New.Concat(report.Changed), StringComparer.Ordinal);
        progress?.Report(new IndexProgress(0, toWrite.Count, 0));
        var batcher = new EmbeddingBatcher(
            _store,
            _embedder,
            Fingerprint,
            _options.EmbeddingBatchSize,
            (documents, chunks) => progress?.Report(new IndexProgress(documents, toWrite.Count, chunks)));

        // Second pass: only the stale documents are read into memory, chunked and embedded.
        await foreach (var document in source.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (toWrite.Contains(document.Id))
            {
                await batcher.AddAsync(Prepare(document), cancellationToken).ConfigureAwait(false);
            }
        }

        await batcher.FlushAsync(cancellationToken).ConfigureAwait(false);
        var deleted = report.Deleted.Count == 0
            ? 0
            : await _store.DeleteDocumentsAsync(report.Deleted, cancellationToken).ConfigureAwait(false);
        return new ReindexResult(
            report.New.Count, report.Changed.Count, deleted, report.Unchanged, batcher.ChunksEmbedded, batcher.EmbeddingCalls);
    }

    /// <summary>Removes every document whose time-to-live has run out.</summary>
    /// <param name="cancellationToken">Cancels the sweep before it commits.</param>
    /// <returns>The removed document ids.</returns>
    public async Task<SweepResult> SweepExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = _options.TimeProvider.GetUtcNow();
        var removed = await _store.DeleteExpiredAsync(now, cancellationToken).ConfigureAwait(false);
        return new SweepResult(removed, now);
    }

    /// <summary>Finds the chunks most similar to <paramref name="query"/>; expired documents never appear.</summary>
    /// <param name="query">The query text (not redacted: it is never stored).</param>
    /// <param name="top">How many chunks to return at most.</param>
    /// <param name="filter">An optional id-prefix and metadata filter.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The best chunks, best first.</returns>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(
        string query, int top = 5, SearchFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var info = await _store.GetInfoAsync(cancellationToken).ConfigureAwait(false);
        if (info.Fingerprint is not null && info.Fingerprint != Fingerprint.Value && !_options.AllowPipelineChange)
        {
            throw PipelineMismatch(info);
        }

        var embedding = await _embedder.GenerateAsync([query], null, cancellationToken).ConfigureAwait(false);
        var vector = embedding[0].Vector.ToArray();
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        var now = _options.TimeProvider.GetUtcNow();
        var vectorQuery = new VectorQuery(vector, top, Fingerprint.Value, now, filter);
        return await _store.SearchAsync(vectorQuery, cancellationToken).ConfigureAwait(false);
    }

    private async Task ClaimStoreAsync(CancellationToken cancellationToken)
    {
        var info = await _store.GetInfoAsync(cancellationToken).ConfigureAwait(false);
        if (info.Fingerprint == Fingerprint.Value)
        {
            return;
        }

        if (info.Fingerprint is not null && !_options.AllowPipelineChange)
        {
            throw PipelineMismatch(info);
        }

        await _store.SetFingerprintAsync(Fingerprint.Value, cancellationToken).ConfigureAwait(false);
    }

    private ReleaseGateException PipelineMismatch(StoreInfo info)
    {
        return new ReleaseGateException(
            ReleaseGateErrorCodes.PipelineMismatch,
            $"{ReleaseGateErrorCodes.PipelineMismatch}: the store '{info.Location}' was built by another pipeline " +
            $"({info.Fingerprint}) than this one ({Fingerprint.Value}). Use the embedder, chunker and redaction it " +
            "was built with, or rebuild it on purpose (CLI: 'index build --rebuild'; library: " +
            "KnowledgeIndexOptions.AllowPipelineChange); the store was not modified.",
            info.Location);
    }

    private DocumentRecord Prepare(SourceDocument document)
    {
        var text = _redaction.Apply(SourceText.Normalize(document.Text));
        var chunks = _options.Chunker.Split(text)
            .Select((chunk, i) => new ChunkRecord(i, chunk, ReadOnlyMemory<float>.Empty))
            .ToArray();
        var now = _options.TimeProvider.GetUtcNow();
        var timeToLive = document.TimeToLive ?? _options.DefaultTimeToLive;
        return new DocumentRecord(
            document.Id, document.SourceUri, document.ContentHash, Fingerprint.Value, document.Metadata, now,
            now + timeToLive, chunks);
    }

    private DocumentStaleness Classify(SourceDocument document, DocumentState? state)
    {
        if (state is null)
        {
            return DocumentStaleness.New;
        }

        if (state.ContentHash != document.ContentHash)
        {
            return DocumentStaleness.Changed;
        }

        return state.Fingerprint == Fingerprint.Value ? DocumentStaleness.Unchanged : DocumentStaleness.PipelineChanged;
    }

    private static void RequireUnique(HashSet<string> seen, SourceDocument document, IDocumentSource source)
    {
        if (!seen.Add(document.Id))
        {
            throw new InvalidOperationException(
                $"The source '{source.Description}' returned the document id '{document.Id}' twice; ids must be unique.");
        }
    }
}
