using System;
using System.Diagnostics;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ReleaseGate.Build;

/// <summary>What the gate's tasks share: cancellation with the build, and coded errors that name a file.</summary>
public abstract class GateTask : Task, ICancelableTask
{
    private readonly CancellationTokenSource _cancellation = new();

    /// <summary>The project being gated; errors without a file of their own point at it.</summary>
    public string ProjectFile { get; set; } = string.Empty;

    /// <inheritdoc />
    public void Cancel() => _cancellation.Cancel();

    /// <summary>Set when the build was canceled (Ctrl+C), so the child process is stopped at once.</summary>
    protected CancellationToken CancellationToken => _cancellation.Token;

    /// <summary>Logs an error with its <c>RG2xxx</c> code against a file, or the project when there is none.</summary>
    protected void LogGateError(string code, string? file, string message) =>
        Log.LogError(
            subcategory: "ReleaseGate",
            errorCode: code,
            helpKeyword: null,
            file: string.IsNullOrEmpty(file) ? ProjectFile : file,
            lineNumber: 0,
            columnNumber: 0,
            endLineNumber: 0,
            endColumnNumber: 0,
            message: message);

    /// <summary>
    /// Logs the one line that says what the gate decided. High importance, so it shows at the default (minimal)
    /// verbosity of <c>dotnet publish</c> and <c>dotnet pack</c> as well as at normal and above.
    /// </summary>
    protected void LogSummary(string text) => Log.LogMessage(MessageImportance.High, "ReleaseGate: {0}", text);

    /// <summary>Runs a child process, logging each line it prints through <paramref name="onLine"/>.</summary>
    private protected ChildProcessResult RunChild(ProcessStartInfo startInfo, TimeSpan timeout, Action<string> onLine)
    {
        if (startInfo is null)
        {
            throw new ArgumentNullException(nameof(startInfo));
        }

        Log.LogMessage(MessageImportance.Low, "ReleaseGate: starting {0} {1}", startInfo.FileName, startInfo.Arguments);
        return ChildProcess.Run(startInfo, timeout, onLine, CancellationToken);
    }
}
