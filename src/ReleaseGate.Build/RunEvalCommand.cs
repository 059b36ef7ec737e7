using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Build.Framework;

namespace ReleaseGate.Build;

/// <summary>
/// Runs the project's eval command in the project folder and checks that it wrote the candidate score report.
/// The command finds the report path in <c>RELEASEGATE_REPORT</c>, the built assembly in
/// <c>RELEASEGATE_TARGET_PATH</c> and the eval set, if any, in <c>RELEASEGATE_EVALSET</c>.
/// </summary>
public sealed class RunEvalCommand : GateTask
{
    private const int TailLines = 5;

    /// <summary>The shell command line, run by <c>/bin/sh -c</c> (or <c>cmd /c</c> on Windows).</summary>
    [Required]
    public string Command { get; set; } = string.Empty;

    /// <summary>Where the command must write the candidate report; a stale file there is deleted first.</summary>
    [Required]
    public string ReportPath { get; set; } = string.Empty;

    /// <summary>The folder the command runs in.</summary>
    [Required]
    public string WorkingDirectory { get; set; } = string.Empty;

    /// <summary>The assembly the build just produced.</summary>
    public string TargetPath { get; set; } = string.Empty;

    /// <summary>The eval set file, passed on as <c>RELEASEGATE_EVALSET</c>.</summary>
    public string EvalSet { get; set; } = string.Empty;

    /// <summary>Seconds (or a time span) after which the command and its children are killed.</summary>
    public string Timeout { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        if (!EvalTimeout.TryParse(Timeout, out var timeout))
        {
            LogGateError(GateCodes.SettingInvalid, null,
                $"ReleaseGateEvalTimeout '{Timeout}' is not a positive number of seconds or a time span " +
                "such as 00:10:00. Fix the property in the project file.");
            LogSummary("not evaluated: invalid ReleaseGateEvalTimeout.");
            return false;
        }

        var reportPath = Path.GetFullPath(ReportPath);
        Directory.CreateDirectory(Path.GetDirectoryName(reportPath)!);

        // A report left by an earlier run must never be judged as this build's.
        File.Delete(reportPath);

        var tail = new Queue<string>();
        var result = RunChild(CreateStartInfo(reportPath), timeout, line =>
        {
            Log.LogMessage(MessageImportance.Low, line);
            tail.Enqueue(line);
            if (tail.Count > TailLines)
            {
                tail.Dequeue();
            }
        });

        if (result.Canceled)
        {
            return false;
        }

        Check(result, timeout, reportPath, string.Join(" | ", tail));
        return !Log.HasLoggedErrors;
    }

    private void Check(ChildProcessResult result, TimeSpan timeout, string reportPath, string tail)
    {
        var lastOutput = tail.Length == 0 ? "it printed nothing" : $"its last output: {tail}";
        if (result.TimedOut)
        {
            LogGateError(GateCodes.EvalCommandTimedOut, null,
                $"The eval command '{Command}' did not finish within {timeout} and was stopped with its child " +
                $"processes ({lastOutput}). Make the evaluation faster or raise ReleaseGateEvalTimeout.");
            LogSummary("not evaluated: the eval command timed out.");
        }
        else if (result.ExitCode != 0)
        {
            LogGateError(GateCodes.EvalCommandFailed, null,
                $"The eval command '{Command}' exited with code {result.ExitCode} ({lastOutput}). Run it by hand " +
                "in the project folder, or build with -v:detailed to see all of its output.");
            LogSummary($"not evaluated: the eval command exited with code {result.ExitCode}.");
        }
        else if (!File.Exists(reportPath))
        {
            LogGateError(GateCodes.CandidateReportMissing, reportPath,
                $"The eval command '{Command}' succeeded but wrote no report to {reportPath}. It must write the " +
                "candidate score report to the path in the RELEASEGATE_REPORT environment variable.");
            LogSummary("not evaluated: the eval command wrote no report.");
        }
    }

    private ProcessStartInfo CreateStartInfo(string reportPath)
    {
        var onWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
        var startInfo = onWindows
            ? new ProcessStartInfo("cmd.exe", "/d /s /c \"" + Command + "\"")
            : new ProcessStartInfo("/bin/sh", CommandLine.Join(new[] { "-c", Command }));
        startInfo.WorkingDirectory = WorkingDirectory;
        startInfo.Environment["RELEASEGATE_REPORT"] = reportPath;
        startInfo.Environment["RELEASEGATE_TARGET_PATH"] = string.IsNullOrEmpty(TargetPath)
            ? string.Empty
            : Path.GetFullPath(TargetPath);
        if (!string.IsNullOrEmpty(EvalSet))
        {
            startInfo.Environment["RELEASEGATE_EVALSET"] = Path.GetFullPath(Path.Combine(WorkingDirectory, EvalSet));
        }

        return startInfo;
    }
}
