using ReleaseGate.Indexing;

namespace ReleaseGate.Bench.Index;

/// <summary>
/// A folder of generated text files and a store that holds each as one current document with a random
/// 384-dimension vector, written directly so that building the benchmark does not dominate it.
/// </summary>
internal sealed record BenchCorpus(string Folder, string StorePath, KnowledgeIndex Index, SqliteIndexStore Store, float[] Vectors, int Count)
{
    public const int Dimensions = 384;

    public static async Task<BenchCorpus> CreateAsync(string work, int count)
    {
        var folder = Path.Combine(work, "docs");
        var random = new Random(42);
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, $"d{i % 100:00}", $"doc{i:000000}.md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, Text(random, i));
        }

        var storePath = Path.Combine(work, "index.db");
        var store = await SqliteIndexStore.OpenAsync(storePath);
        var index = new KnowledgeIndex(store, new HashingEmbeddingGenerator(Dimensions), RedactionPolicy.None);
        await store.SetFingerprintAsync(index.Fingerprint.Value);
        var vectors = new float[count * Dimensions];
        var batch = new List<DocumentRecord>();
        var row = 0;
        await foreach (var document in new DirectorySource(folder).ReadAllAsync())
        {
            var vector = vectors.AsMemory(row++ * Dimensions, Dimensions);
            for (var d = 0; d < Dimensions; d++)
            {
                vector.Span[d] = (float)(random.NextDouble() - 0.5);
            }

            System.Numerics.Tensors.TensorPrimitives.Divide(
                vector.Span, System.Numerics.Tensors.TensorPrimitives.Norm(vector.Span), vector.Span);
            batch.Add(new DocumentRecord(
                document.Id, document.SourceUri, document.ContentHash, index.Fingerprint.Value, document.Metadata,
                DateTimeOffset.UtcNow, null, [new ChunkRecord(0, document.Text, vector)]));
            if (batch.Count == 1000)
            {
                await store.ReplaceDocumentsAsync(batch);
                batch.Clear();
            }
        }

        await store.ReplaceDocumentsAsync(batch);
        Console.WriteLine($"corpus: {count:N0} files in {folder}, store {new FileInfo(storePath).Length / 1e6:0.0} MB");
        return new BenchCorpus(folder, storePath, index, store, vectors, count);
    }

    private static string Text(Random random, int i)
    {
        var words = Enumerable.Range(0, 150 + random.Next(150)).Select(_ => Words[random.Next(Words.Length)]);
        return $"# Document {i}\n\n{string.Join(' ', words)}\n";
    }

    private static readonly string[] Words =
        ["window", "session", "update", "tray", "menu", "process", "renderer", "main", "event", "listener", "option",
         "returns", "string", "boolean", "promise", "callback", "platform", "macOS", "Windows", "Linux", "API"];
}
