using Microsoft.Extensions.AI;
using ReleaseGate.Embeddings.MiniLM;

namespace ReleaseGate.Tests.Indexing;

public sealed class MiniLmEmbeddingGeneratorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_CLI_default_embedder_ranks_documents_by_meaning()
    {
        var docs = Path.Combine(_folder.Path, "docs");
        Directory.CreateDirectory(docs);
        File.WriteAllText(Path.Combine(docs, "tray.md"), "Add an icon and a context menu to the system's notification area.");
        File.WriteAllText(Path.Combine(docs, "updates.md"), "Ship new versions of your app to users automatically.");
        File.WriteAllText(Path.Combine(docs, "windows.md"), "Create and control browser windows.");
        var store = _folder.File("docs.db");

        var built = await CliRunner.JsonAsync("index", "build", "--source", docs, "--store", store, "--json");
        var hits = await CliRunner.JsonAsync("index", "search", "how do I release a new version?", "--store", store, "--json");

        Assert.Equal(3, built.GetProperty("added").GetInt32());
        var first = hits.GetProperty("hits")[0];
        Assert.Equal("updates.md", first.GetProperty("documentId").GetString());
    }

    [Fact]
    public async Task It_returns_one_384_dimension_vector_per_text_and_names_its_model()
    {
        using var embedder = new MiniLmEmbeddingGenerator();

        var vectors = await embedder.GenerateAsync(["first text", "second text", "third"]);
        var metadata = embedder.GetService<EmbeddingGeneratorMetadata>();

        Assert.Equal(3, vectors.Count);
        Assert.All(vectors, v => Assert.Equal(384, v.Vector.Length));
        Assert.Equal(MiniLmEmbeddingGenerator.ModelId, metadata!.DefaultModelId);
        Assert.Equal(384, metadata.DefaultModelDimensions);
    }

    public void Dispose() => _folder.Dispose();
}
