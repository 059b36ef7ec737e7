using ReleaseGate.Indexing;

namespace ReleaseGate.Bench.Index;

/// <summary>A verified-manifest snapshot against copying the store file.</summary>
internal static class SnapshotBench
{
    public static async Task RunAsync(BenchCorpus corpus)
    {
        var folder = Path.Combine(Path.GetDirectoryName(corpus.StorePath)!, "snapshots");
        Directory.CreateDirectory(folder);
        var snapshots = new SqliteSnapshots(corpus.Store);
        var n = 0;
        var snapshot = await Measure.MedianAsync(3, async () =>
        {
            var path = Path.Combine(folder, $"s{n++}.db");
            await snapshots.SnapshotAsync(path);
            File.Delete(path);
        });
        var copy = Measure.Median(3, () =>
        {
            var path = Path.Combine(folder, $"c{n++}.db");
            File.Copy(corpus.StorePath, path);
            File.Delete(path);
        });
        Measure.Report(
            $"snapshot of a {new FileInfo(corpus.StorePath).Length / 1e6:0} MB store", "SnapshotAsync (VACUUM INTO + manifest)",
            snapshot, "File.Copy", copy);
    }
}
