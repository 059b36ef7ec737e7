using System.Numerics.Tensors;
using Microsoft.Extensions.AI;

namespace ReleaseGate.Indexing;

/// <summary>
/// A deterministic embedder that needs no model: each word is hashed into one of a fixed number of dimensions
/// and the counts are scaled to unit length. Texts sharing words are similar; it knows nothing of meaning.
/// </summary>
/// <remarks>
/// It exists for tests, benchmarks and smoke runs where a real model would only cost time. Its model id
/// includes the dimensions, so an index built with it is never mistaken for one built with a real model.
/// </remarks>
public sealed class HashingEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly EmbeddingGeneratorMetadata _metadata;

    /// <summary>Creates an embedder producing <paramref name="dimensions"/>-dimensional vectors.</summary>
    /// <param name="dimensions">The vector length (default 384, the size of MiniLM).</param>
    public HashingEmbeddingGenerator(int dimensions = 384)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 8);
        Dimensions = dimensions;
        _metadata = new EmbeddingGeneratorMetadata("releasegate", null, $"releasegate-hashing-{dimensions}", dimensions);
    }

    /// <summary>The vector length.</summary>
    public int Dimensions { get; }

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        cancellationToken.ThrowIfCancellationRequested();
        var embeddings = new GeneratedEmbeddings<Embedding<float>>(values.Select(Embed));
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
    public void Dispose()
    {
        // Nothing is held.
    }

    private Embedding<float> Embed(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            vector[Fnv1a(word) % (uint)Dimensions] += 1f;
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return new Embedding<float>(vector) { ModelId = _metadata.DefaultModelId };
    }

    // FNV-1a over case-folded UTF-16 code units: stable across processes, unlike string.GetHashCode.
    private static uint Fnv1a(string word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ char.ToUpperInvariant(c)) * 16777619u;
        }

        return hash;
    }

    private static readonly char[] Separators =
        [' ', '\n', '\t', '\r', '.', ',', ';', ':', '(', ')', '[', ']', '{', '}', '"', '\'', '`', '#', '*', '-', '/', '|'];
}
