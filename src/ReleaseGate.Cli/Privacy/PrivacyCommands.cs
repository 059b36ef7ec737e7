using System.CommandLine;

namespace ReleaseGate.Cli.Privacy;

/// <summary>
/// The <c>redact</c> and <c>scan</c> verbs, both backed by <see cref="ReleaseGate.Privacy.PiiRedactor"/>.
/// </summary>
internal static class PrivacyCommands
{
    /// <summary>Builds the verbs; tests pass their own standard input and environment lookup.</summary>
    public static IEnumerable<Command> Create(TextReader? input = null, Func<string, string?>? environment = null)
    {
        yield return RedactCommand.Create(input ?? Console.In, environment ?? Environment.GetEnvironmentVariable);
        yield return ScanCommand.Create();
    }
}
