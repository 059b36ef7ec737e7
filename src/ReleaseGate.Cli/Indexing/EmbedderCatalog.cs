using Microsoft.Extensions.AI;
using ReleaseGate.Embeddings.MiniLM;
using ReleaseGate.Indexing;

namespace ReleaseGate.Cli.Indexing;

/// <summary>The embedders the CLI can use by name.</summary>
internal static class EmbedderCatalog
{
    public const string Default = "minilm";

    public static readonly IReadOnlyList<string> Names = [Default, "hashing"];

    /// <summary>
    /// The named embedder. The model loads on first use, so commands that only compare fingerprints
    /// (status, sweep) never pay for it.
    /// </summary>
    public static IEmbeddingGenerator<string, Embedding<float>> Create(string name)
    {
        return name switch
        {
            "minilm" => new DeferredEmbeddingGenerator(
                MiniLmEmbeddingGenerator.ModelId, MiniLmEmbeddingGenerator.Dimensions, () => new MiniLmEmbeddingGenerator()),
            "hashing" => new HashingEmbeddingGenerator(),
            _ => throw new ReleaseGateException(
                ReleaseGateErrorCodes.EmbedderUnusable,
                $"{ReleaseGateErrorCodes.EmbedderUnusable}: there is no embedder named '{name}'. " +
                $"Use one of: {string.Join(", ", Names)} (default {Default})."),
        };
    }
}
