namespace ReleaseGate.Build.Runner;

/// <summary>Prints the runner's diagnostics in the line format the MSBuild task turns into errors.</summary>
internal sealed class GateOutput(TextWriter writer)
{
    public int ErrorCount { get; private set; }

    public void Error(string code, string? file, string message)
    {
        ErrorCount++;
        writer.WriteLine(GateProtocol.Format(GateProtocol.Error, code, file ?? string.Empty, message));
    }

    public void Warning(string code, string? file, string message) =>
        writer.WriteLine(GateProtocol.Format(GateProtocol.Warning, code, file ?? string.Empty, message));

    public void Info(string message) =>
        writer.WriteLine(GateProtocol.Format(GateProtocol.Info, string.Empty, string.Empty, message));

    public void Summary(string message) =>
        writer.WriteLine(GateProtocol.Format(GateProtocol.Summary, string.Empty, string.Empty, message));
}
