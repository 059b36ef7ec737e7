namespace ReleaseGate.Samples.Tests;

/// <summary>Runs the dotnet CLI the way a user types it, with a generous limit for a shared, busy machine.</summary>
internal static class DotNetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    // A fresh MSBuild per command: a reused node would keep the task assemblies of an earlier package version.
    private static readonly Dictionary<string, string?> CleanEnvironment = new()
    {
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["GITHUB_STEP_SUMMARY"] = null,
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    public static ProcessResult Run(string workingDirectory, IEnumerable<string> arguments) =>
        ProcessRunner.RunAsync("dotnet", arguments, workingDirectory, Timeout, CleanEnvironment).GetAwaiter().GetResult();
}
