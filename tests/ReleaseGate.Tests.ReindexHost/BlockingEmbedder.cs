using Microsoft.Extensions.AI;
using ReleaseGate.Indexing;

namespace ReleaseGate.Tests.ReindexHost;

/// <summary>The hashing embedder, which stops answering after a number of calls and says so on stdout.</summary>
internal sealed class BlockingEmbedder(int blockAfterCalls)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(new HashingEmbeddingGenerator())
{
    private int _calls;

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (++_calls > blockAfterCalls)
        {
            await Console.Out.WriteLineAsync("blocked");
            await Console.Out.FlushAsync(cancellationToken);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return await base.GenerateAsync(values, options, cancellationToken);
    }
}
