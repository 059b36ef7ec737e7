using Microsoft.Extensions.AI;

namespace ReleaseGate.Cli.Indexing;

/// <summary>Describes an embedder by its metadata and creates it only when something is embedded.</summary>
internal sealed class DeferredEmbeddingGenerator(
    string modelId, int dimensions, Func<IEmbeddingGenerator<string, Embedding<float>>> create)
    : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly EmbeddingGeneratorMetadata _metadata = new("releasegate-cli", null, modelId, dimensions);
    private readonly Lazy<IEmbeddingGenerator<string, Embedding<float>>> _inner = new(create);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        return _inner.Value.GenerateAsync(values, options, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        return serviceType == typeof(EmbeddingGeneratorMetadata) && serviceKey is null ? _metadata : null;
    }

    public void Dispose()
    {
        if (_inner.IsValueCreated)
        {
            _inner.Value.Dispose();
        }
    }
}
