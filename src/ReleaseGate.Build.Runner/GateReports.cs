using System.Text;
using ReleaseGate.Releases;
using ReleaseGate.Releases.Reports;

namespace ReleaseGate.Build.Runner;

/// <summary>
/// The files a gate run leaves in the report directory (Markdown and HTML reports, the JSON decision record) and
/// the Markdown appended to GitHub's step summary when the build runs in a workflow.
/// </summary>
internal sealed class GateReports(RunnerOptions options)
{
    public string MarkdownPath => Path.Combine(options.ReportDirectory, "canary-report.md");

    public string HtmlPath => Path.Combine(options.ReportDirectory, "canary-report.html");

    public string DecisionPath => Path.Combine(options.ReportDirectory, "canary-decision.json");

    public void Write(CanaryDecision? decision, IReadOnlyList<GateError> errors)
    {
        string markdown;
        if (decision is null)
        {
            markdown = RefusedMarkdown(errors);
            File.WriteAllBytes(DecisionPath, RefusedRecord.ToUtf8Bytes(errors));
            File.Delete(HtmlPath);
        }
        else
        {
            markdown = CanaryMarkdownReport.Render(decision);
            File.WriteAllBytes(DecisionPath, CanaryDecisionJson.ToUtf8Bytes(decision));
            File.WriteAllText(HtmlPath, CanaryHtmlReport.Render(decision));
        }

        File.WriteAllText(MarkdownPath, markdown);
        if (!string.IsNullOrEmpty(options.StepSummary))
        {
            File.AppendAllText(options.StepSummary, markdown + Environment.NewLine);
        }
    }

    private static string RefusedMarkdown(IReadOnlyList<GateError> errors)
    {
        var text = new StringBuilder();
        text.AppendLine("## ReleaseGate: not evaluated");
        text.AppendLine();
        text.AppendLine("The build was refused because the gate could not use its inputs:");
        text.AppendLine();
        foreach (var error in errors)
        {
            text.AppendLine($"- **{error.Code}** {error.Message}");
        }

        return text.ToString();
    }
}
