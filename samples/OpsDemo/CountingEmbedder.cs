using Microsoft.Extensions.AI;

namespace OpsDemo;

/// <summary>Counts what reaches the model, so the demo shows the embedder's own view of a reindex.</summary>
internal sealed class CountingEmbedder(IEmbeddingGenerator<string, Embedding<float>> inner)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    public int Calls { get; private set; }

    public int Texts { get; private set; }

    public void Reset() => (Calls, Texts) = (0, 0);

    public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var texts = values.ToList();
        Calls++;
        Texts += texts.Count;
        return base.GenerateAsync(texts, options, cancellationToken);
    }
}
