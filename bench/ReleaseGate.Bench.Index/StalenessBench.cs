using System.Security.Cryptography;
using ReleaseGate.Indexing;

namespace ReleaseGate.Bench.Index;

/// <summary>Staleness check of every unchanged document against reading and hashing the same files.</summary>
internal static class StalenessBench
{
    public static async Task RunAsync(BenchCorpus corpus)
    {
        var source = new DirectorySource(corpus.Folder);
        var report = await corpus.Index.FindStaleAsync(source);
        if (report.Unchanged != corpus.Count || !report.IsCurrent)
        {
            throw new InvalidOperationException($"expected {corpus.Count} unchanged documents, got {report}");
        }

        var files = Directory.GetFiles(corpus.Folder, "*.md", SearchOption.AllDirectories);
        var readAndHash = await Measure.MedianAsync(3, async () =>
        {
            foreach (var file in Directory.EnumerateFiles(corpus.Folder, "*.md", SearchOption.AllDirectories))
            {
                SHA256.HashData(await File.ReadAllBytesAsync(file));
            }
        });
        var staleness = await Measure.MedianAsync(3, () => corpus.Index.FindStaleAsync(source));
        Measure.Report(
            $"staleness, {files.Length:N0} unchanged documents", "FindStaleAsync", staleness,
            "read+SHA-256 of the same files", readAndHash, goal: 1.5);
    }
}
