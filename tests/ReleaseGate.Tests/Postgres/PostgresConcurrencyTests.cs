using System.Diagnostics;
using ReleaseGate.Indexing;
using ReleaseGate.Postgres.Indexing;
using ReleaseGate.Tests.Indexing;

namespace ReleaseGate.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresConcurrencyTests(PostgresCluster cluster)
{
    private static readonly DateTimeOffset LongAgo = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Two_processes_reindexing_and_sweeping_one_index_lose_and_mix_no_document()
    {
        var indexName = cluster.NewIndexName();
        await using var store = await PostgresIndexStore.OpenAsync(cluster.ConnectionString, indexName);
        var index = new KnowledgeIndex(store, new HashingEmbeddingGenerator(), RedactionPolicy.None);
        await index.ReindexAsync(new DirectorySource(ElectronDocs.V1));
        var expired = Enumerable.Range(0, 20)
            .Select(i => new DocumentRecord(
                $"expired/{i}.md", null, "h", index.Fingerprint.Value, new Dictionary<string, string>(), LongAgo, LongAgo,
                [new ChunkRecord(0, "gone", new float[384])]))
            .ToList();
        await store.ReplaceDocumentsAsync(expired);

        // Both workers end with a v2 reindex that starts after their own earlier writes, so whatever the
        // interleaving, the index must end as exactly v2 with every document whole.
        var v1 = "reindex:" + ElectronDocs.V1;
        var v2 = "reindex:" + ElectronDocs.V2;
        var first = Worker(indexName, v2, "sweep", v1, v2);
        var second = Worker(indexName, "sweep", v1, v2);
        var reads = 0;
        while (!first.HasExited || !second.HasExited)
        {
            reads += await ReadEveryDocumentWholeAsync(store);
        }

        Assert.True(await ExitedCleanlyAsync(first), "first worker failed");
        Assert.True(await ExitedCleanlyAsync(second), "second worker failed");
        Assert.True(reads > 0);
        var whole = await IndexAssert.EveryDocumentWholeAsync(store, ElectronDocs.V2);
        Assert.Equal(247, Assert.Single(whole));
        Assert.True((await index.FindStaleAsync(new DirectorySource(ElectronDocs.V2))).IsCurrent);
    }

    /// <summary>Reads every document while the workers write; each must be one revision's chunks, whole.</summary>
    private static async Task<int> ReadEveryDocumentWholeAsync(IIndexStore store)
    {
        var chunker = new ParagraphChunker();
        var reads = 0;
        foreach (var id in (await store.GetDocumentStatesAsync()).Keys.Where(id => !id.StartsWith("expired/", StringComparison.Ordinal)))
        {
            if (await store.GetDocumentAsync(id) is not { } stored)
            {
                continue;
            }

            var revision = new[] { ElectronDocs.V1, ElectronDocs.V2 }
                .Select(folder => Path.Combine(folder, id))
                .Where(File.Exists)
                .Select(File.ReadAllText)
                .First(text => SourceText.Hash(text) == stored.ContentHash);
            Assert.Equal(chunker.Split(SourceText.Normalize(revision)), stored.Chunks.Select(c => c.Text));
            reads++;
        }

        return reads;
    }

    private Process Worker(string indexName, params string[] steps)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(WorkerPath());
        start.ArgumentList.Add(cluster.ConnectionString);
        start.ArgumentList.Add(indexName);
        foreach (var step in steps)
        {
            start.ArgumentList.Add(step);
        }

        return Process.Start(start)!;
    }

    private static async Task<bool> ExitedCleanlyAsync(Process process)
    {
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {error}\n{output}");
        return process.ExitCode == 0;
    }

    // The worker is built beside this test project, in the same configuration (bin/CONFIGURATION/net10.0).
    private static string WorkerPath()
    {
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/'))!);
        var path = Path.Combine(
            CorpusPaths.RepoRoot, "tests", "ReleaseGate.IndexWorker", "bin", configuration!, "net10.0",
            "ReleaseGate.IndexWorker.dll");
        Assert.True(File.Exists(path), $"{path} is missing; build the solution first");
        return path;
    }
}
