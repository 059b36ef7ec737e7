using System.Globalization;
using System.Net;
using System.Text;
using ReleaseGate.Evaluation;

namespace ReleaseGate.Releases.Reports;

/// <summary>
/// Renders a decision as one self-contained HTML file: no script, no external style sheet, font or image, so it
/// opens the same offline, as a CI artifact, or attached to a ticket. Every value from a report is HTML-encoded.
/// </summary>
public static class CanaryHtmlReport
{
    private const string Style =
        "body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1a1a1a;max-width:1100px}" +
        "h1{font-size:20px}h2{font-size:16px;margin-top:28px}.promote{color:#2f9e66}.reject{color:#d64545}" +
        "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left}" +
        "td.n{text-align:right;font-variant-numeric:tabular-nums}tr.fail td{background:#fdecec}" +
        "tr.pass td{background:#e9f7ef}.muted{color:#666;font-size:12px}summary{cursor:pointer;margin:8px 0}";

    /// <summary>Renders a decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(CanaryDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var html = new StringBuilder();
        var verdict = decision.Promoted ? "Promote" : "Reject";
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append("<title>").Append(E($"ReleaseGate canary: {verdict} {decision.CandidateVersion}")).Append("</title>");
        html.Append("<style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1 class=\"").Append(verdict.ToLowerInvariant()).Append("\">")
            .Append(E($"{verdict} {decision.CandidateVersion}")).Append("</h1>");
        html.Append("<p>").Append(E(decision.Summary)).Append("</p>");
        html.Append("<p class=\"muted\">").Append(E(Provenance(decision))).Append("</p>");
        List(html, "Reasons", decision.Reasons);
        List(html, "Notes", decision.Notes);
        foreach (var metric in decision.Metrics)
        {
            AppendMetric(html, metric, decision.Policy.Confidence);
        }

        CaseTable.Append(html, decision);
        html.Append("</body></html>\n");
        return html.ToString();
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Provenance(CanaryDecision d) => string.Create(
        CultureInfo.InvariantCulture,
        $"Baseline {d.BaselineVersion} (sha256 {DecisionText.ShortHash(d.BaselineSha256)}), candidate " +
        $"{d.CandidateVersion} (sha256 {DecisionText.ShortHash(d.CandidateSha256)}); {d.PairedCaseCount} paired " +
        $"cases; {DecisionText.IntervalMethod(d)}.");

    private static void AppendMetric(StringBuilder html, MetricComparison m, double confidence)
    {
        var direction = m.Direction == MetricDirection.Higher ? "higher is better" : "lower is better";
        html.Append("<h2>").Append(E(m.Metric)).Append(" <span class=\"muted\">(").Append(direction)
            .Append(m.Critical ? ", critical" : string.Empty).Append(")</span></h2>");
        html.Append(MetricChart.Svg(m));
        html.Append("<table><tr><th>baseline</th><th>candidate</th><th>difference</th><th>")
            .Append(E(DecisionText.Percent(confidence))).Append(" interval</th><th>newly failing</th>")
            .Append("<th>newly passing</th><th>accepted</th><th>result</th></tr><tr>");
        Cell(html, DecisionText.Number(m.BaselineMean));
        Cell(html, DecisionText.Number(m.CandidateMean));
        Cell(html, DecisionText.Signed(m.MeanDifference));
        Cell(html, $"{DecisionText.Signed(m.IntervalLower)} to {DecisionText.Signed(m.IntervalUpper)}");
        Cell(html, m.NewlyFailing.Count.ToString(CultureInfo.InvariantCulture));
        Cell(html, m.NewlyPassing.Count.ToString(CultureInfo.InvariantCulture));
        Cell(html, m.Accepted.Count.ToString(CultureInfo.InvariantCulture));
        html.Append("<td>").Append(m.Rejects ? "<b class=\"reject\">rejects</b>" : "ok").Append("</td></tr></table>");
        List(html, null, m.Reasons);
    }

    private static void Cell(StringBuilder html, string text) => html.Append("<td class=\"n\">").Append(E(text)).Append("</td>");

    private static void List(StringBuilder html, string? title, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        if (title is not null)
        {
            html.Append("<h2>").Append(E(title)).Append("</h2>");
        }

        html.Append("<ul>");
        foreach (var item in items)
        {
            html.Append("<li>").Append(E(item)).Append("</li>");
        }

        html.Append("</ul>");
    }
}
