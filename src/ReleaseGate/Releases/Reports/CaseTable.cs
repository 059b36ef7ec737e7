using System.Globalization;
using System.Text;
using ReleaseGate.Evaluation;

namespace ReleaseGate.Releases.Reports;

/// <summary>
/// The per-case view of the HTML report: the flipped cases, then the cases that fell furthest on each metric.
/// Rows are capped so a report over ten thousand cases stays small enough to open; the JSON decision record
/// lists every flip.
/// </summary>
internal static class CaseTable
{
    public const int MaxFlippedRows = 200;
    public const int WorstPerMetric = 10;

    public static void Append(StringBuilder html, CanaryDecision decision)
    {
        var baseline = decision.Baseline.Cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var status = Statuses(decision);
        var flipped = decision.Candidate.Cases.Where(c => status.ContainsKey(c.Id)).ToList();
        var worst = Worst(decision, baseline);

        html.Append("<h2>Cases</h2>");
        html.Append("<details open><summary>").Append(flipped.Count).Append(" flipped cases</summary>");
        Table(html, decision, flipped.Take(MaxFlippedRows), baseline, status);
        if (flipped.Count > MaxFlippedRows)
        {
            html.Append("<p class=\"muted\">").Append(flipped.Count - MaxFlippedRows)
                .Append(" more flipped cases are not shown; the JSON decision record lists every flip.</p>");
        }

        html.Append("</details><details open><summary>")
            .Append(CultureInfo.InvariantCulture, $"The largest regressions: up to {WorstPerMetric} cases per metric")
            .Append("</summary>");
        Table(html, decision, worst, baseline, status);
        html.Append("</details>");
    }

    /// <summary>Per metric, the paired cases whose score got worse the most, in the candidate's order.</summary>
    private static List<CaseScores> Worst(CanaryDecision decision, Dictionary<string, CaseScores> baseline)
    {
        var paired = decision.Candidate.Cases.Where(c => baseline.ContainsKey(c.Id)).ToList();
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in decision.Metrics)
        {
            var better = m.Direction == MetricDirection.Higher ? 1.0 : -1.0;
            var fallen = paired
                .Select(c => (c.Id, Gain: better * (c.Scores[m.Metric] - baseline[c.Id].Scores[m.Metric])))
                .Where(x => x.Gain < 0)
                .OrderBy(x => x.Gain)
                .Take(WorstPerMetric);
            chosen.UnionWith(fallen.Select(x => x.Id));
        }

        return paired.Where(c => chosen.Contains(c.Id)).ToList();
    }

    private static Dictionary<string, (string Css, string Text)> Statuses(CanaryDecision decision)
    {
        var status = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var m in decision.Metrics)
        {
            foreach (var f in m.NewlyPassing)
            {
                status[f.CaseId] = ("pass", $"newly passes {m.Metric}");
            }

            foreach (var f in m.Accepted)
            {
                status[f.CaseId] = (string.Empty, $"accepted on {m.Metric}: {f.AcceptedReason}");
            }

            foreach (var f in m.NewlyFailing)
            {
                status[f.CaseId] = ("fail", $"newly fails {m.Metric}");
            }
        }

        return status;
    }

    private static void Table(
        StringBuilder html,
        CanaryDecision decision,
        IEnumerable<CaseScores> cases,
        Dictionary<string, CaseScores> baseline,
        Dictionary<string, (string Css, string Text)> status)
    {
        html.Append("<table><tr><th>case</th><th>tags</th>");
        foreach (var m in decision.Metrics)
        {
            var name = CanaryHtmlReport.E(m.Metric);
            html.Append("<th>").Append(name).Append(" baseline</th><th>").Append(name).Append(" candidate</th>");
        }

        html.Append("<th>change</th></tr>");
        foreach (var c in cases)
        {
            var (css, text) = status.TryGetValue(c.Id, out var s) ? s : (string.Empty, string.Empty);
            html.Append("<tr class=\"").Append(css).Append("\"><td>").Append(CanaryHtmlReport.E(c.Id)).Append("</td><td>")
                .Append(CanaryHtmlReport.E(string.Join(", ", c.Tags))).Append("</td>");
            foreach (var m in decision.Metrics)
            {
                html.Append("<td class=\"n\">").Append(DecisionText.Number(baseline[c.Id].Scores[m.Metric]))
                    .Append("</td><td class=\"n\">").Append(DecisionText.Number(c.Scores[m.Metric])).Append("</td>");
            }

            html.Append("<td>").Append(CanaryHtmlReport.E(text)).Append("</td></tr>");
        }

        html.Append("</table>");
    }
}
