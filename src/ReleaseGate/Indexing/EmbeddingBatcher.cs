using System.Globalization;
using Microsoft.Extensions.AI;

namespace ReleaseGate.Indexing;

/// <summary>
/// Gathers the chunks of documents to (re)write into embedder calls of a fixed size, and writes each document
/// in the same transaction as the other documents completed by the same call, never a part of one.
/// </summary>
internal sealed class EmbeddingBatcher(
    IIndexStore store,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    PipelineFingerprint fingerprint,
    int batchSize,
    Action<int, int> written)
{
    private readonly Queue<Pending> _documents = new();
    private readonly Queue<(Pending Document, int Ordinal)> _chunks = new();

    public int ChunksEmbedded { get; private set; }

    public int EmbeddingCalls { get; private set; }

    public int DocumentsWritten { get; private set; }

    public async Task AddAsync(DocumentRecord document, CancellationToken cancellationToken)
    {
        var pending = new Pending(document, new ReadOnlyMemory<float>[document.Chunks.Count]);
        _documents.Enqueue(pending);
        for (var i = 0; i < document.Chunks.Count; i++)
        {
            _chunks.Enqueue((pending, i));
        }

        while (_chunks.Count >= batchSize)
        {
            await EmbedAsync(batchSize, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        while (_chunks.Count > 0)
        {
            await EmbedAsync(Math.Min(batchSize, _chunks.Count), cancellationToken).ConfigureAwait(false);
        }

        await WriteCompletedAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task EmbedAsync(int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var batch = new (Pending Document, int Ordinal)[count];
        for (var i = 0; i < count; i++)
        {
            batch[i] = _chunks.Dequeue();
        }

        var texts = Array.ConvertAll(batch, c => c.Document.Record.Chunks[c.Ordinal].Text);
        EmbeddingCalls++;
        var embeddings = await embedder.GenerateAsync(texts, null, cancellationToken).ConfigureAwait(false);
        if (embeddings.Count != count)
        {
            throw Unusable($"returned {embeddings.Count} embeddings for {count} texts");
        }

        for (var i = 0; i < count; i++)
        {
            var vector = embeddings[i].Vector;
            if (vector.Length != fingerprint.Dimensions)
            {
                throw Unusable($"returned a vector of {vector.Length} dimensions, not {fingerprint.Dimensions}");
            }

            batch[i].Document.Vectors[batch[i].Ordinal] = vector;
        }

        ChunksEmbedded += count;
        await WriteCompletedAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteCompletedAsync(CancellationToken cancellationToken)
    {
        var completed = new List<DocumentRecord>();
        while (_documents.TryPeek(out var next) && next.IsComplete)
        {
            _documents.Dequeue();
            completed.Add(next.Embedded());
        }

        if (completed.Count == 0)
        {
            return;
        }

        await store.ReplaceDocumentsAsync(completed, cancellationToken).ConfigureAwait(false);
        DocumentsWritten += completed.Count;
        written(DocumentsWritten, ChunksEmbedded);
    }

    private ReleaseGateException Unusable(string what)
    {
        return new ReleaseGateException(
            ReleaseGateErrorCodes.EmbedderUnusable,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{ReleaseGateErrorCodes.EmbedderUnusable}: the embedder for model '{fingerprint.ModelId}' {what}. ") +
            "Check the embedder and its dimensions; documents already written are whole and a rerun finishes the job.");
    }

    private sealed record Pending(DocumentRecord Record, ReadOnlyMemory<float>[] Vectors)
    {
        public bool IsComplete => Array.TrueForAll(Vectors, v => !v.IsEmpty) || Vectors.Length == 0;

        public DocumentRecord Embedded()
        {
            var chunks = Record.Chunks.Select((c, i) => c with { Vector = Vectors[i] }).ToArray();
            return Record with { Chunks = chunks };
        }
    }
}
