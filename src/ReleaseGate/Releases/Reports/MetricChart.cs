using System.Globalization;
using System.Net;
using System.Text;

namespace ReleaseGate.Releases.Reports;

/// <summary>
/// Draws one metric as inline SVG: a bar for the baseline mean, a bar for the candidate mean, the candidate's
/// paired interval (baseline mean plus the interval of the difference) as a whisker, and the bars as dashed lines.
/// </summary>
internal static class MetricChart
{
    private const double Width = 560, Left = 90, Right = 20, BarHeight = 22, Top = 10;

    public static string Svg(MetricComparison m)
    {
        var lowEnd = m.BaselineMean + m.IntervalLower;
        var highEnd = m.BaselineMean + m.IntervalUpper;
        double[] values = [m.BaselineMean, m.CandidateMean, lowEnd, highEnd, m.Policy.Minimum ?? 0, m.Policy.Maximum ?? 0, 0];
        var min = values.Min();
        var max = values.Max();
        max = max <= 1 && min >= 0 ? 1 : max + ((max - min) * 0.1);
        var span = max - min <= 0 ? 1 : max - min;
        double X(double v) => Left + ((v - min) / span * (Width - Left - Right));

        var svg = new StringBuilder();
        var height = Top + (2 * (BarHeight + 8)) + 24;
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" role=\"img\" "));
        svg.Append("aria-label=\"").Append(WebUtility.HtmlEncode($"{m.Metric}: baseline against candidate")).Append("\">");
        Bar(svg, "baseline", m.BaselineMean, Top, X, "#8a94a6");
        var candidateY = Top + BarHeight + 8;
        Bar(svg, "candidate", m.CandidateMean, candidateY, X, m.Rejects ? "#d64545" : "#2f9e66");

        // The whisker: where the candidate's mean plausibly lies, judged case by case against the baseline.
        var whiskerY = candidateY + (BarHeight / 2);
        svg.Append(Invariant(
            $"<line x1=\"{X(lowEnd):0.#}\" x2=\"{X(highEnd):0.#}\" y1=\"{whiskerY:0.#}\" y2=\"{whiskerY:0.#}\" stroke=\"#111\" stroke-width=\"2\"/>"));
        foreach (var end in new[] { lowEnd, highEnd })
        {
            svg.Append(Invariant(
                $"<line x1=\"{X(end):0.#}\" x2=\"{X(end):0.#}\" y1=\"{whiskerY - 6:0.#}\" y2=\"{whiskerY + 6:0.#}\" stroke=\"#111\" stroke-width=\"2\"/>"));
        }

        foreach (var bar in new[] { m.Policy.Minimum, m.Policy.Maximum })
        {
            if (bar is { } b)
            {
                svg.Append(Invariant(
                    $"<line x1=\"{X(b):0.#}\" x2=\"{X(b):0.#}\" y1=\"{Top - 4:0.#}\" y2=\"{candidateY + BarHeight + 4:0.#}\" stroke=\"#b7791f\" stroke-dasharray=\"4 3\"/>"));
            }
        }

        var axisY = candidateY + BarHeight + 18;
        svg.Append(Invariant($"<text x=\"{Left:0.#}\" y=\"{axisY:0.#}\" font-size=\"11\" fill=\"#555\">{DecisionText.Number(min)}</text>"));
        svg.Append(Invariant(
            $"<text x=\"{Width - Right:0.#}\" y=\"{axisY:0.#}\" font-size=\"11\" fill=\"#555\" text-anchor=\"end\">{DecisionText.Number(max)}</text>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Bar(StringBuilder svg, string label, double value, double y, Func<double, double> x, string color)
    {
        var from = Math.Min(x(0), x(value));
        var width = Math.Abs(x(value) - x(0));
        svg.Append(Invariant(
            $"<text x=\"{Left - 8:0.#}\" y=\"{y + 15:0.#}\" font-size=\"12\" text-anchor=\"end\" fill=\"#333\">{label}</text>"));
        svg.Append(Invariant(
            $"<rect x=\"{from:0.#}\" y=\"{y:0.#}\" width=\"{Math.Max(width, 1):0.#}\" height=\"{BarHeight:0.#}\" fill=\"{color}\" rx=\"2\"/>"));
        svg.Append(Invariant(
            $"<text x=\"{from + Math.Max(width, 1) + 4:0.#}\" y=\"{y + 15:0.#}\" font-size=\"12\" fill=\"#111\">{DecisionText.Number(value)}</text>"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
