using System.Globalization;
using System.Text;
using ReleaseGate.Evaluation;

namespace ReleaseGate.Releases.Reports;

/// <summary>
/// Renders a decision as Markdown: the verdict, a table of every metric, the reasons, and the cases that flipped.
/// Suitable for a pull request comment or a CI step summary.
/// </summary>
public static class CanaryMarkdownReport
{
    /// <summary>Renders a decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="maxCasesPerList">How many flipped cases to list per metric and direction before eliding.</param>
    /// <returns>The Markdown text.</returns>
    public static string Render(CanaryDecision decision, int maxCasesPerList = 25)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var md = new StringBuilder();
        var verdict = decision.Promoted ? "✅ Promote" : "❌ Reject";
        md.Append(CultureInfo.InvariantCulture,
            $"## ReleaseGate canary: {verdict} {Esc(decision.CandidateVersion)} against {Esc(decision.BaselineVersion)}\n\n");
        md.Append(Esc(decision.Summary)).Append("\n\n");
        AppendMetricTable(md, decision);
        AppendList(md, "Reasons", decision.Reasons);
        AppendList(md, "Notes", decision.Notes);
        AppendFlips(md, decision, maxCasesPerList);
        md.Append(CultureInfo.InvariantCulture,
            $"<sub>{decision.PairedCaseCount} paired cases; {DecisionText.IntervalMethod(decision)}; baseline sha256 {DecisionText.ShortHash(decision.BaselineSha256)}, " +
            $"candidate sha256 {DecisionText.ShortHash(decision.CandidateSha256)}.</sub>\n");
        return md.ToString();
    }

    private static void AppendMetricTable(StringBuilder md, CanaryDecision decision)
    {
        var interval = DecisionText.Percent(decision.Policy.Confidence) + " interval";
        md.Append(CultureInfo.InvariantCulture,
            $"| metric | baseline | candidate | difference | {interval} | bar | allowed regression | newly failing | newly passing | result |\n");
        md.Append("|---|---:|---:|---:|---|---|---:|---:|---:|---|\n");
        foreach (var m in decision.Metrics)
        {
            var arrow = m.Direction == MetricDirection.Higher ? "↑" : "↓";
            var critical = m.Critical ? ", critical" : string.Empty;
            md.Append(CultureInfo.InvariantCulture,
                $"| {Esc(m.Metric)} ({arrow}{critical}) | {DecisionText.Number(m.BaselineMean)} | " +
                $"{DecisionText.Number(m.CandidateMean)} | {DecisionText.Signed(m.MeanDifference)} | " +
                $"{DecisionText.Signed(m.IntervalLower)} to {DecisionText.Signed(m.IntervalUpper)} | {Bar(m)} | " +
                $"{DecisionText.Number(m.MaxRegression)} | {m.NewlyFailing.Count} | {m.NewlyPassing.Count} | " +
                $"{(m.Rejects ? "**rejects**" : "ok")} |\n");
        }

        md.Append('\n');
    }

    private static string Bar(MetricComparison m)
    {
        var bars = new List<string>();
        if (m.Policy.Minimum is { } min)
        {
            bars.Add("≥ " + DecisionText.Number(min));
        }

        if (m.Policy.Maximum is { } max)
        {
            bars.Add("≤ " + DecisionText.Number(max));
        }

        return bars.Count == 0 ? "none" : string.Join(", ", bars);
    }

    private static void AppendList(StringBuilder md, string title, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        md.Append("### ").Append(title).Append("\n\n");
        foreach (var item in items)
        {
            md.Append("- ").Append(Esc(item)).Append('\n');
        }

        md.Append('\n');
    }

    private static void AppendFlips(StringBuilder md, CanaryDecision decision, int max)
    {
        var flipped = decision.Metrics.Where(m => m.NewlyFailing.Count + m.NewlyPassing.Count + m.Accepted.Count > 0);
        foreach (var m in flipped)
        {
            md.Append("### Flipped cases: ").Append(Esc(m.Metric)).Append("\n\n");
            md.Append("| case | baseline | candidate | change | note |\n|---|---:|---:|---|---|\n");
            AppendRows(md, m.NewlyFailing, "newly fails", max);
            AppendRows(md, m.Accepted, "accepted", max);
            AppendRows(md, m.NewlyPassing, "newly passes", max);
            md.Append('\n');
        }
    }

    private static void AppendRows(StringBuilder md, IReadOnlyList<CaseFlip> flips, string change, int max)
    {
        foreach (var flip in flips.Take(max))
        {
            var note = flip.AcceptedReason ?? (flip.Critical ? "critical" : string.Empty);
            md.Append(CultureInfo.InvariantCulture,
                $"| {Esc(flip.CaseId)} | {DecisionText.Number(flip.BaselineScore)} | " +
                $"{DecisionText.Number(flip.CandidateScore)} | {change} | {Esc(note)} |\n");
        }

        if (flips.Count > max)
        {
            md.Append(CultureInfo.InvariantCulture, $"| … {flips.Count - max} more {change} | | | | |\n");
        }
    }

    private static string Esc(string text) => MarkdownText.Escape(text);
}
