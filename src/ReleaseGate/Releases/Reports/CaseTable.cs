using System.Text;

namespace ReleaseGate.Releases.Reports;

/// <summary>The per-case view of the HTML report: flipped cases open, every paired case folded below them.</summary>
internal static class CaseTable
{
    public static void Append(StringBuilder html, CanaryDecision decision)
    {
        var baseline = decision.Baseline.Cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var status = Statuses(decision);
        var flipped = decision.Candidate.Cases.Where(c => status.ContainsKey(c.Id)).ToList();
        var paired = decision.Candidate.Cases.Where(c => baseline.ContainsKey(c.Id)).ToList();

        html.Append("<h2>Cases</h2>");
        html.Append("<details open><summary>").Append(flipped.Count).Append(" flipped cases</summary>");
        Table(html, decision, flipped, baseline, status);
        html.Append("</details><details><summary>All ").Append(paired.Count).Append(" paired cases</summary>");
        Table(html, decision, paired, baseline, status);
        html.Append("</details>");
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
        List<Evaluation.CaseScores> cases,
        Dictionary<string, Evaluation.CaseScores> baseline,
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
