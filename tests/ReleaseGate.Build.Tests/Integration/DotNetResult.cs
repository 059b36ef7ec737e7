namespace ReleaseGate.Build.Tests.Integration;

/// <summary>How one <c>dotnet</c> invocation ended, with everything it printed.</summary>
public sealed record DotNetResult(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}{Output}";
}
