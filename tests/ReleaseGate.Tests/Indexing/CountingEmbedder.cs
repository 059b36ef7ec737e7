using Microsoft.Extensions.AI;
using ReleaseGate.Indexing;

namespace ReleaseGate.Tests.Indexing;

/// <summary>The deterministic hashing embedder, counting calls and texts, optionally failing after N calls.</summary>
internal sealed class CountingEmbedder(int dimensions = 384, int? failAfterCalls = null)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(new HashingEmbeddingGenerator(dimensions))
{
    public int Calls { get; private set; }

    public List<string> Texts { get; } = [];

    public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var batch = values.ToList();
        if (Calls == failAfterCalls)
        {
            throw new InvalidOperationException("embedder failure injected by the test");
        }

        Calls++;
        Texts.AddRange(batch);
        return base.GenerateAsync(batch, options, cancellationToken);
    }
}
