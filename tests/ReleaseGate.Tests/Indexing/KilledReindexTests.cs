using System.Diagnostics;
using ReleaseGate.Indexing;

namespace ReleaseGate.Tests.Indexing;

public sealed class KilledReindexTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_process_killed_in_the_middle_of_a_reindex_leaves_every_document_whole_and_a_rerun_finishes()
    {
        var storePath = _folder.File("electron.db");
        await using (var store = await SqliteIndexStore.OpenAsync(storePath))
        {
            await new KnowledgeIndex(store, new CountingEmbedder(), RedactionPolicy.None)
                .ReindexAsync(new DirectorySource(ElectronDocs.V1));
        }

        using (var child = StartHost(storePath, ElectronDocs.V2, blockAfterCalls: 6))
        {
            try
            {
                // Reads from a pipe ignore cancellation tokens, so the wait is bounded from outside.
                string? line;
                do
                {
                    line = await child.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(5));
                }
                while (line is not null && line != "blocked");

                Assert.True(line == "blocked", "the reindex host ended before its blocking call");
            }
            finally
            {
                child.Kill(entireProcessTree: true);
                await child.WaitForExitAsync();
            }
        }

        await using var reopened = await SqliteIndexStore.OpenAsync(storePath);
        var states = await reopened.GetDocumentStatesAsync();
        Assert.All(
            Directory.EnumerateFiles(ElectronDocs.V1, "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(ElectronDocs.V1, f).Replace('\\', '/')),
            id => Assert.True(states.ContainsKey(id), $"{id} is missing after the kill"));
        var perRevision = await IndexAssert.EveryDocumentWholeAsync(reopened, ElectronDocs.V1, ElectronDocs.V2);
        Assert.True(perRevision[1] > 0, "the child wrote some documents before it was killed");

        var index = new KnowledgeIndex(reopened, new CountingEmbedder(), RedactionPolicy.None);
        var rerun = await index.ReindexAsync(new DirectorySource(ElectronDocs.V2));

        Assert.Equal(1, rerun.Deleted);
        Assert.True((await index.FindStaleAsync(new DirectorySource(ElectronDocs.V2))).IsCurrent);
        var whole = await IndexAssert.EveryDocumentWholeAsync(reopened, ElectronDocs.V2);
        Assert.Equal(247, Assert.Single(whole));
    }

    private static Process StartHost(string store, string source, int blockAfterCalls)
    {
        // The host is built by the test project's build into its own bin folder, in the same configuration.
        var testsProject = Path.Combine(CorpusPaths.RepoRoot, "tests", "ReleaseGate.Tests");
        var outputPath = Path.GetRelativePath(testsProject, AppContext.BaseDirectory);
        var host = Path.Combine(
            CorpusPaths.RepoRoot, "tests", "ReleaseGate.Tests.ReindexHost", outputPath, "ReleaseGate.Tests.ReindexHost.dll");
        Assert.True(File.Exists(host), $"{host} was not built");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { host, store, source, blockAfterCalls.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    public void Dispose() => _folder.Dispose();
}
