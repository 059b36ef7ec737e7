namespace ReleaseGate.Samples.Tests.OpsDemo;

public sealed class OpsDemoTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task The_demo_shows_every_step_and_exits_zero()
    {
        var result = await RunDemoAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ok   all 5 documents were added", result.Output);
        Assert.Contains("ok   none of the 6 planted personal values is in the stored text", result.Output);
        Assert.Contains("stored: Escalations go to the billing lead, Dana Whitfield, at [EMAIL] or [PHONE].", result.Output);
        Assert.Contains("stale: changed [runbooks/deploy.md], new 0, deleted 0, unchanged 4", result.Output);
        Assert.Contains("embedder saw 1 call(s) with 1 text(s)", result.Output);
        Assert.Contains("swept [news/maintenance-window.md]", result.Output);
        Assert.Contains("ok   the changed document is back at its original content", result.Output);
        Assert.Contains("live 1.1.0, last-good 1.0.0", result.Output);
        Assert.Contains("canary 1.2.0: Reject", result.Output);
        Assert.Contains("rollback: live 1.1.0", result.Output);
        Assert.Contains("old accepted False, new accepted True", result.Output);
        Assert.Contains("OpsDemo passed: 15 checks", result.Output);
    }

    [Fact]
    public async Task A_step_that_does_not_show_its_evidence_fails_the_demo()
    {
        // Without the news folder there is nothing to sweep, so the first check already cannot hold.
        var documents = Directory.CreateTempSubdirectory("opsdemo-docs-").FullName;
        try
        {
            var source = Path.Combine(RepositoryPaths.Root, "samples", "OpsDemo", "docs");
            foreach (var file in Directory.EnumerateFiles(source, "*.md", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(source, file);
                if (!relative.StartsWith("news", StringComparison.Ordinal))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(documents, relative))!);
                    File.Copy(file, Path.Combine(documents, relative));
                }
            }

            var result = await RunDemoAsync(documents);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("FAIL all 5 documents were added", result.Output);
            Assert.Contains("OpsDemo FAILED", result.Output);
        }
        finally
        {
            Directory.Delete(documents, recursive: true);
        }
    }

    private static Task<ProcessResult> RunDemoAsync(params string[] arguments)
    {
        var demo = RepositoryPaths.SampleOutput("OpsDemo");
        return ProcessRunner.RunAsync("dotnet", [demo, .. arguments], RepositoryPaths.Root, Timeout);
    }
}
