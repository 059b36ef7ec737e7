using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using OpsDemo;
using ReleaseGate.Embeddings.MiniLM;
using ReleaseGate.Indexing;

// The whole operations story on real storage: a SQLite index in a temp folder and the local MiniLM model.
var stopwatch = Stopwatch.StartNew();
var evidence = new Evidence(Console.Out);
var documents = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "docs");
using var workspace = DemoWorkspace.Create(documents);
var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
try
{
    using var embedder = new CountingEmbedder(new MiniLmEmbeddingGenerator());
    await using (var store = await SqliteIndexStore.OpenAsync(workspace.IndexFile))
    {
        var index = new IndexSteps(workspace, store, embedder, clock, evidence);
        await index.BuildAsync();
        await index.SnapshotAsync();
        await index.ReindexChangedAsync();
        await index.SweepAsync();
        await index.RestoreAsync();
    }

    var releases = new ReleaseSteps(workspace, clock, evidence);
    releases.PromoteGoodRelease();
    releases.RefuseAndRollBackBadRelease();
    new SecretSteps(workspace, clock, evidence).RotateWithGrace();
}
catch (DemoCheckFailedException ex)
{
    Console.WriteLine($"{Environment.NewLine}OpsDemo FAILED: {ex.Message}");
    return 1;
}

Console.WriteLine($"{Environment.NewLine}OpsDemo passed: {evidence.Passed} checks in {stopwatch.Elapsed.TotalSeconds:F1} s");
return 0;
