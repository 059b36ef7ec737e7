using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using Microsoft.Build.Framework;

namespace ReleaseGate.Build;

/// <summary>
/// Runs the canary decision out of process (<c>dotnet ReleaseGate.Build.Runner.dll</c>) and turns the lines it
/// prints into coded MSBuild errors, so none of the runtime library's dependencies load into MSBuild.
/// </summary>
public sealed class CompareWithBaseline : GateTask
{
    private static readonly TimeSpan RunnerTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The <c>dotnet</c> executable; empty means the one on the PATH.</summary>
    public string DotNetHost { get; set; } = string.Empty;

    /// <summary>The runner assembly shipped in the package.</summary>
    [Required]
    public string RunnerPath { get; set; } = string.Empty;

    /// <summary>The baseline score report.</summary>
    [Required]
    public string Baseline { get; set; } = string.Empty;

    /// <summary>The candidate score report of this build.</summary>
    [Required]
    public string Candidate { get; set; } = string.Empty;

    /// <summary>Where the Markdown, JSON and HTML reports go.</summary>
    [Required]
    public string ReportDirectory { get; set; } = string.Empty;

    /// <summary>An optional canary policy file.</summary>
    public string Policy { get; set; } = string.Empty;

    /// <summary>Shortcut: the minimum mean every metric must reach.</summary>
    public string MinScore { get; set; } = string.Empty;

    /// <summary>Shortcut: the largest regression of a metric mean that still passes.</summary>
    public string MaxRegression { get; set; } = string.Empty;

    /// <summary>Shortcut: the confidence level of the paired interval, such as 0.95.</summary>
    public string Confidence { get; set; } = string.Empty;

    /// <summary>The reviewed accepted-regressions file.</summary>
    public string AcceptedRegressions { get; set; } = string.Empty;

    /// <summary>On a pass, make the candidate the baseline and keep the old one beside it as last-good.</summary>
    public bool Promote { get; set; }

    /// <summary>The file to append the Markdown report to (GitHub's <c>GITHUB_STEP_SUMMARY</c>).</summary>
    public string StepSummary { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        var startInfo = new ProcessStartInfo(
            string.IsNullOrEmpty(DotNetHost) ? "dotnet" : DotNetHost,
            CommandLine.Join(RunnerArguments()));
        var summaries = 0;
        var output = new List<string>();
        var result = RunChild(startInfo, RunnerTimeout, line =>
        {
            if (GateProtocol.TryParse(line, out var message))
            {
                summaries += Report(message!);
            }
            else
            {
                Log.LogMessage(MessageImportance.Low, line);
                output.Add(line);
            }
        });

        if (result.Canceled)
        {
            return false;
        }

        if (result.ExitCode != 0 && !Log.HasLoggedErrors)
        {
            var reason = result.TimedOut
                ? $"did not finish within {RunnerTimeout}"
                : $"exited with code {result.ExitCode}";
            LogGateError(GateCodes.RunnerFailed, RunnerPath,
                $"The ReleaseGate runner {reason} without a decision ({string.Join(" | ", output)}). " +
                "Check that a .NET 8 or later runtime is installed and that the package is complete.");
        }

        if (summaries == 0)
        {
            LogSummary(Log.HasLoggedErrors ? "rejected: see the errors above." : "no decision was reported.");
        }

        return !Log.HasLoggedErrors && result.ExitCode == 0;
    }

    private int Report(GateMessage message)
    {
        switch (message.Kind)
        {
            case GateProtocol.Error:
                LogGateError(message.Code, message.File, message.Text);
                return 0;
            case GateProtocol.Warning:
                Log.LogWarning("ReleaseGate", message.Code, null, message.File, 0, 0, 0, 0, message.Text);
                return 0;
            case GateProtocol.Summary:
                LogSummary(message.Text);
                return 1;
            default:
                Log.LogMessage(MessageImportance.Low, "ReleaseGate: {0}", message.Text);
                return 0;
        }
    }

    private IEnumerable<string> RunnerArguments()
    {
        yield return Path.GetFullPath(RunnerPath);
        yield return "--baseline";
        yield return Path.GetFullPath(Baseline);
        yield return "--candidate";
        yield return Path.GetFullPath(Candidate);
        yield return "--report-directory";
        yield return Path.GetFullPath(ReportDirectory);

        foreach (var (name, value) in Optional())
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                yield return name;
                yield return value;
            }
        }

        if (Promote)
        {
            yield return "--promote";
        }
    }

    private IEnumerable<(string Name, string Value)> Optional()
    {
        yield return ("--policy", FullPathOrEmpty(Policy));
        yield return ("--accepted-regressions", FullPathOrEmpty(AcceptedRegressions));
        yield return ("--min-score", MinScore);
        yield return ("--max-regression", MaxRegression);
        yield return ("--confidence", Confidence);
        yield return ("--step-summary", StepSummary);
    }

    private static string FullPathOrEmpty(string path) =>
        string.IsNullOrWhiteSpace(path) ? string.Empty : Path.GetFullPath(path);
}
