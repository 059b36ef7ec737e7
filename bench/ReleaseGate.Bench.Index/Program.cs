using System.Globalization;
using ReleaseGate.Bench.Index;

// Usage: dotnet run -c Release --project bench/ReleaseGate.Bench.Index -- [DOCUMENTS] [WORK_FOLDER]
// Every result is a ratio of two timings taken in this run on this machine, so a busy machine shifts both.
var documents = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var work = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "releasegate-bench-index");
if (Directory.Exists(work))
{
    Directory.Delete(work, recursive: true);
}

Directory.CreateDirectory(work);
Console.WriteLine($"ReleaseGate index benchmark: {documents:N0} documents, {Environment.ProcessorCount} cores, work folder {work}");
try
{
    var corpus = await BenchCorpus.CreateAsync(work, documents);
    await StalenessBench.RunAsync(corpus);
    await SearchBench.RunAsync(corpus);
    await SnapshotBench.RunAsync(corpus);
    await ReindexBench.RunAsync(work, Math.Min(documents, 10_000));
}
finally
{
    Directory.Delete(work, recursive: true);
}
