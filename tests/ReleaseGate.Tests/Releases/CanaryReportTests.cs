using System.Text.Json;
using ReleaseGate.Evaluation;
using ReleaseGate.Releases;
using ReleaseGate.Releases.Reports;

namespace ReleaseGate.Tests.Releases;

public sealed class CanaryReportTests
{
    private const string Hostile = "<script>alert(1)</script>|x";

    private static CanaryDecision Decision()
    {
        ScoreReport Report(string version, double flipped) => new(
            new BuildInfo(version),
            [new MetricDefinition("accuracy")],
            Enumerable.Range(0, 30)
                .Select(i => new CaseScores(i == 0 ? Hostile : $"q{i}", new Dictionary<string, double>
                {
                    ["accuracy"] = i < 10 ? flipped : 1.0,
                }))
                .ToList());

        return new CanaryEvaluator().Evaluate(Report("v1", 1.0), Report("v2<b>", 0.0));
    }

    [Fact]
    public void Html_encodes_every_value_from_the_reports_and_loads_nothing_from_the_network()
    {
        var html = CanaryHtmlReport.Render(Decision());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("v2<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;|x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
        Assert.Equal(1, html.Split("<svg").Length - 1);
        Assert.Contains("10 flipped cases", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_of_a_large_report_lists_the_first_flips_and_the_worst_cases_not_every_case()
    {
        ScoreReport Report(string version, Func<int, double> score) => new(
            new BuildInfo(version),
            [new MetricDefinition("accuracy")],
            Enumerable.Range(0, 5_000)
                .Select(i => new CaseScores($"q{i}", new Dictionary<string, double> { ["accuracy"] = score(i) }))
                .ToList());
        var baseline = Report("v1", _ => 0.9);
        var candidate = Report("v2", i => i < 300 ? 0.1 : i == 4_999 ? 0.8 : 0.9);

        var html = CanaryHtmlReport.Render(new CanaryEvaluator().Evaluate(baseline, candidate));

        Assert.Contains("300 flipped cases", html, StringComparison.Ordinal);
        Assert.Contains("100 more flipped cases are not shown", html, StringComparison.Ordinal);
        Assert.Contains("<td>q199</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>q4000</td>", html, StringComparison.Ordinal);
        Assert.Contains("The largest regressions", html, StringComparison.Ordinal);
        Assert.True(html.Length < 100_000, $"the report is {html.Length} characters");
    }

    [Fact]
    public void Markdown_has_a_row_per_metric_and_escapes_case_ids()
    {
        var markdown = CanaryMarkdownReport.Render(Decision(), maxCasesPerList: 4);

        Assert.Contains("| accuracy (↑) | 1.00 | 0.6667 | -0.3333 |", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;\\|x", markdown, StringComparison.Ordinal);
        Assert.Contains("| … 6 more newly fails |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_record_carries_the_verdict_and_the_numbers()
    {
        using var json = JsonDocument.Parse(CanaryDecisionJson.ToUtf8Bytes(Decision()));
        var root = json.RootElement;
        var metric = root.GetProperty("metrics")[0];

        Assert.Equal("reject", root.GetProperty("verdict").GetString());
        Assert.Equal(10, metric.GetProperty("newlyFailing").GetArrayLength());
        Assert.Equal(-1.0 / 3.0, metric.GetProperty("meanDifference").GetDouble(), 12);
        Assert.True(metric.GetProperty("intervalUpper").GetDouble() < 0);
    }
}
