using System.Diagnostics;
using ReleaseGate.Evaluation;
using ReleaseGate.Releases.Channel;
using ReleaseGate.Tests.Evaluation;

namespace ReleaseGate.Tests.Releases;

public sealed class ReleaseCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Two_processes_promoting_at_once_lose_no_update_and_leave_a_readable_state()
    {
        const int perProcess = 6;
        var state = Path.Combine(_dir.Path, "state.json");
        var reports = Enumerable.Range(0, 2 * perProcess).Select(i =>
        {
            var path = _dir.File($"r{i}.json");
            ScoreReportWriter.Write(path, Reports.Create($"v{i}", [1, i % 2]));
            return path;
        }).ToList();

        async Task<List<int>> Worker(int offset)
        {
            var exits = new List<int>();
            for (var i = offset; i < reports.Count; i += 2)
            {
                exits.Add((await Cli("release", "promote", "--state", state, "--report", reports[i])).Exit);
            }

            return exits;
        }

        var results = await Task.WhenAll(Worker(0), Worker(1));

        Assert.All(results.SelectMany(r => r), exit => Assert.Equal(0, exit));
        var history = new FileReleaseStateStore(state).Read().History;
        Assert.Equal(Enumerable.Range(1, 2 * perProcess).Select(i => (long)i), history.Select(e => e.Sequence));
        Assert.Equal(2 * perProcess, history.Select(e => e.Subject.Version).Distinct().Count());
        Assert.Equal(2 * perProcess, File.ReadAllLines(state + ".history.jsonl").Length);
    }

    [Fact]
    public async Task Canary_exits_0_to_promote_1_to_reject_and_2_for_bad_input()
    {
        var baseline = Write("base.json", Reports.Create("v1", Reports.PassRate(60, 0.9)));
        var same = Write("same.json", Reports.Create("v2", Reports.PassRate(60, 0.9)));
        var worse = Write("worse.json", Reports.Create("v3", Reports.PassRate(60, 0.4)));
        var md = Path.Combine(_dir.Path, "report.md");
        var html = Path.Combine(_dir.Path, "report.html");

        var promote = await Cli("canary", "--baseline", baseline, "--candidate", same);
        var reject = await Cli("canary", "--baseline", baseline, "--candidate", worse, "--report-md", md, "--report-html", html);
        var bad = await Cli("canary", "--baseline", Path.Combine(_dir.Path, "missing.json"), "--candidate", same);
        var json = await Cli("canary", "--baseline", baseline, "--candidate", worse, "--json");

        Assert.Equal(0, promote.Exit);
        Assert.Equal(1, reject.Exit);
        Assert.StartsWith("Reject v3: accuracy fell from 0.90 to 0.40", reject.Output, StringComparison.Ordinal);
        Assert.Contains("| accuracy (↑) | 0.90 | 0.40 |", File.ReadAllText(md), StringComparison.Ordinal);
        Assert.Contains("<svg", File.ReadAllText(html), StringComparison.Ordinal);
        Assert.Equal(2, bad.Exit);
        Assert.Contains("RG3201: Baseline: ", bad.Error, StringComparison.Ordinal);
        Assert.Equal(1, json.Exit);
        Assert.Contains("\"verdict\": \"reject\"", json.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_status_on_a_corrupt_state_exits_2_and_recover_fixes_it()
    {
        var state = Path.Combine(_dir.Path, "state.json");
        var v1 = Write("v1.json", Reports.Create("v1", [1, 1]));
        Assert.Equal(0, (await Cli("release", "promote", "--state", state, "--report", v1)).Exit);
        File.WriteAllText(state, "not json");

        var status = await Cli("release", "status", "--state", state);
        var recover = await Cli("release", "recover", "--state", state);
        var after = await Cli("release", "status", "--state", state);

        Assert.Equal(2, status.Exit);
        Assert.Contains("release recover --state", status.Error, StringComparison.Ordinal);
        Assert.Equal(0, recover.Exit);
        Assert.StartsWith("live: v1", after.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();

    private string Write(string name, ScoreReport report)
    {
        var path = _dir.File(name);
        ScoreReportWriter.Write(path, report);
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> Cli(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ReleaseGate.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
