using System.Diagnostics;
using System.Text;

namespace ReleaseGate.Build.Tests.Integration;

/// <summary>Runs the real <c>dotnet</c> CLI in a folder, isolated from build servers and node reuse.</summary>
public static class DotNet
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    // The compiler server started by a build inherits the output pipes and outlives the build: do not wait for it.
    private static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(10);

    public static DotNetResult Run(
        string workingDirectory,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Each test sees a fresh MSBuild: a reused node would keep the environment and task assemblies of the last.
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        startInfo.Environment.Remove("GITHUB_STEP_SUMMARY");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            startInfo.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = Process.Start(startInfo)!;
        Task[] readers = [Pump(process.StandardOutput, output), Pump(process.StandardError, output)];
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} ran longer than {Limit}:\n{output}");
        }

        Task.WaitAll(readers, DrainGrace);
        lock (output)
        {
            return new DotNetResult(process.ExitCode, output.ToString());
        }
    }

    private static async Task Pump(StreamReader reader, StringBuilder output)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
