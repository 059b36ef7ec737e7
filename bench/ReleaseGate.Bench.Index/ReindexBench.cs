using System.Globalization;
using Microsoft.Extensions.AI;
using ReleaseGate.Indexing;

namespace ReleaseGate.Bench.Index;

/// <summary>Incremental reindex after a 5% change against re-embedding everything, with a fixed-latency embedder.</summary>
internal static class ReindexBench
{
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(20);

    public static async Task RunAsync(string work, int count)
    {
        var folder = Path.Combine(work, "reindex-docs");
        for (var i = 0; i < count; i++)
        {
            Directory.CreateDirectory(Path.Combine(folder, $"d{i % 50:00}"));
            await File.WriteAllTextAsync(Path.Combine(folder, $"d{i % 50:00}", $"doc{i}.md"), Body(i, "first"));
        }

        var source = new DirectorySource(folder);
        await using var store = await SqliteIndexStore.OpenAsync(Path.Combine(work, "reindex.db"));
        var fullEmbedder = new SlowEmbedder(Latency);
        var full = await Measure.MedianAsync(1, () => new KnowledgeIndex(store, fullEmbedder, RedactionPolicy.None).ReindexAsync(source));

        for (var i = 0; i < count; i += 20)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, $"d{i % 50:00}", $"doc{i}.md"), Body(i, "second"));
        }

        var incrementalEmbedder = new SlowEmbedder(Latency);
        var incremental = await Measure.MedianAsync(
            1, () => new KnowledgeIndex(store, incrementalEmbedder, RedactionPolicy.None).ReindexAsync(source));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"reindex, {count:N0} documents, 5% changed, embedder {Latency.TotalMilliseconds} ms/call: " +
            $"calls {incrementalEmbedder.Calls} vs {fullEmbedder.Calls} " +
            $"(ratio {(double)incrementalEmbedder.Calls / fullEmbedder.Calls:0.000})"));
        Measure.Report("reindex time", "incremental", incremental, "full re-embed", full);
    }

    private static string Body(int i, string revision) =>
        $"# Page {i}\n\nRevision {revision} of page {i}.\n\n" + string.Join(' ', Enumerable.Repeat($"topic{i % 97}", 120));

    private sealed class SlowEmbedder(TimeSpan latency)
        : DelegatingEmbeddingGenerator<string, Embedding<float>>(new HashingEmbeddingGenerator())
    {
        public int Calls { get; private set; }

        public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            await Task.Delay(latency, cancellationToken);
            return await base.GenerateAsync(values, options, cancellationToken);
        }
    }
}
