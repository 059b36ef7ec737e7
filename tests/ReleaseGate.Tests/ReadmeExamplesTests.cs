using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ReleaseGate.Tests.Indexing;
using Xunit.Abstractions;

namespace ReleaseGate.Tests;

/// <summary>
/// Runs the README's command-line examples as written, so the README cannot drift from the tool. Every bash
/// block that defines the <c>releasegate</c> shell function runs in bash, with that function pointed at the CLI
/// built beside these tests, in a scratch folder that links the repository's <c>docs</c>, <c>src</c> and
/// <c>samples</c> and the shared corpora. Each command must exit with the code its comment states
/// (<c># exit 1 ...</c>), or 0. The publish, pack and demo commands are run by the Samples and Build tests.
/// </summary>
public sealed partial class ReadmeExamplesTests(ITestOutputHelper output)
{
    private const string FunctionPrefix = "releasegate() {";

    public static TheoryData<string> RunnableBlocks()
    {
        var data = new TheoryData<string>();
        foreach (var block in ReadBlocks().Where(b => b.Runnable))
        {
            data.Add(block.Heading);
        }

        return data;
    }

    [Fact]
    public void The_readme_has_runnable_examples_for_each_cli_area()
    {
        var runnable = ReadBlocks().Where(b => b.Runnable).Select(b => b.Text).ToList();
        var verbs = new[] { "secrets rotate", "canary", "release rollback", "redact", "scan", "index reindex" };
        foreach (var verb in verbs)
        {
            Assert.Contains(runnable, text => text.Contains("releasegate " + verb, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(RunnableBlocks))]
    public void Example_runs_as_written(string heading)
    {
        var block = ReadBlocks().Single(b => b.Heading == heading && b.Runnable);
        var scratch = Directory.CreateTempSubdirectory("rg-readme-");
        try
        {
            var work = Directory.CreateDirectory(Path.Combine(scratch.FullName, "repo"));
            foreach (var folder in new[] { "docs", "src", "samples" })
            {
                Directory.CreateSymbolicLink(
                    Path.Combine(work.FullName, folder), Path.Combine(CorpusPaths.RepoRoot, folder));
            }

            Directory.CreateSymbolicLink(
                Path.Combine(scratch.FullName, "shared"), Path.Combine(CorpusPaths.RepoRoot, "..", "shared"));
            var (commands, script) = ToScript(block.Text);
            var (exit, stdout, stderr) = RunBash(script, work.FullName);
            output.WriteLine(stdout);
            output.WriteLine(stderr);

            var codes = MarkerRegex().Matches(stdout).ToDictionary(
                m => int.Parse(m.Groups[1].Value), m => int.Parse(m.Groups[2].Value));
            Assert.True(exit == 0, $"bash exited {exit}: {stderr}");
            for (var i = 0; i < commands.Count; i++)
            {
                Assert.True(codes.TryGetValue(i, out var code), $"'{commands[i].Line}' did not run. {stderr}");
                Assert.True(
                    code == commands[i].ExpectedExit,
                    $"'{commands[i].Line}' exited {code}, the README says {commands[i].ExpectedExit}."
                    + $"\n{stdout}\n{stderr}");
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static (List<Command> Commands, string Script) ToScript(string block)
    {
        var cli = Path.Combine(
            AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "ReleaseGate.Cli.exe" : "ReleaseGate.Cli");
        var script = new StringBuilder();
        var commands = new List<Command>();
        foreach (var line in JoinContinuations(block))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (trimmed.StartsWith(FunctionPrefix, StringComparison.Ordinal))
            {
                script.AppendLine($"releasegate() {{ '{cli}' \"$@\"; }}");
                continue;
            }

            var expected = ExitCommentRegex().Match(line) is { Success: true } m ? int.Parse(m.Groups[1].Value) : 0;
            commands.Add(new Command(trimmed, expected));
            script.AppendLine(line);
            script.AppendLine($"echo \"@@rc {commands.Count - 1} $?\"");
        }

        return (commands, script.ToString());
    }

    private static IEnumerable<string> JoinContinuations(string block)
    {
        var pending = new StringBuilder();
        foreach (var line in block.Split('\n'))
        {
            if (line.TrimEnd().EndsWith('\\'))
            {
                pending.Append(line.TrimEnd()[..^1]).Append(' ');
                continue;
            }

            yield return pending.Append(line).ToString();
            pending.Clear();
        }
    }

    private static (int Exit, string Stdout, string Stderr) RunBash(string script, string workingDirectory)
    {
        var start = new ProcessStartInfo("bash", ["-c", script])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The README example ran longer than 5 minutes.");
        }

        return (process.ExitCode, stdout, stderr.Result);
    }

    private static List<Block> ReadBlocks()
    {
        var lines = File.ReadAllLines(Path.Combine(CorpusPaths.RepoRoot, "README.md"));
        var blocks = new List<Block>();
        var heading = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                heading = lines[i][3..].Trim();
            }
            else if (lines[i].TrimStart() == "```bash")
            {
                var end = Array.FindIndex(lines, i + 1, l => l.TrimStart() == "```");
                var text = string.Join('\n', lines[(i + 1)..end]);
                blocks.Add(new Block(heading, text, text.Contains(FunctionPrefix, StringComparison.Ordinal)));
                i = end;
            }
        }

        return blocks;
    }

    [GeneratedRegex(@"^@@rc (\d+) (\d+)$", RegexOptions.Multiline)]
    private static partial Regex MarkerRegex();

    [GeneratedRegex(@"#.*\bexit (\d+)")]
    private static partial Regex ExitCommentRegex();

    private sealed record Block(string Heading, string Text, bool Runnable);

    private sealed record Command(string Line, int ExpectedExit);
}
