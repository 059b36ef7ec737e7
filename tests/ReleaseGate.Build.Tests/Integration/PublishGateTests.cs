using System.Text.Json;

namespace ReleaseGate.Build.Tests.Integration;

[Collection(GateCollection.Name)]
public sealed class PublishGateTests(GateFixture fixture)
{
    private static readonly string Baseline = ScoreReportFile.Json("v1", ScoreReportFile.Scores(60, 0.9));
    private static readonly string Matching = ScoreReportFile.Json("v2", ScoreReportFile.Scores(60, 0.9));
    private static readonly string Regressed = ScoreReportFile.Json("v3", ScoreReportFile.Scores(60, 0.4));

    [Fact]
    public void A_candidate_as_good_as_the_baseline_publishes_and_writes_the_reports()
    {
        var scenario = new GateScenario(fixture, "pass").WithBaseline(Baseline).WithCandidate(Matching);

        var result = scenario.Publish();

        Assert.True(result.Succeeded, result.ToString());
        Assert.True(File.Exists(Path.Combine(scenario.PublishDirectory, "App.dll")), result.ToString());
        Assert.Contains("ReleaseGate: passed v2 against baseline v1", Assert.Single(GateScenario.SummaryLines(result)));
        Assert.Contains("accuracy", File.ReadAllText(Path.Combine(scenario.Reports, "canary-report.md")));
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(scenario.Reports, "canary-report.html")));
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(scenario.Reports, "canary-decision.json")));
        Assert.Equal("promote", record.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(Baseline, File.ReadAllText(scenario.Baseline));
    }

    [Fact]
    public void A_passing_publish_prints_its_one_summary_line_at_the_default_verbosity()
    {
        var scenario = new GateScenario(fixture, "quiet-pass").WithBaseline(Baseline).WithCandidate(Matching)
            .WithDefaultVerbosity();

        var result = scenario.Publish();

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("ReleaseGate: passed v2 against baseline v1", Assert.Single(GateScenario.SummaryLines(result)));
        Assert.DoesNotContain("ReleaseGate: baseline", result.Output);
    }

    [Fact]
    public void The_minimum_score_shortcut_bars_higher_is_better_metrics_and_leaves_lower_is_better_ones_alone()
    {
        var scores = ScoreReportFile.Scores(60, 0.9);
        var scenario = new GateScenario(fixture, "min-score")
            .WithBaseline(ScoreReportFile.WithErrorRate("v1", scores, 0.05))
            .WithCandidate(ScoreReportFile.WithErrorRate("v2", scores, 0.05))
            .WithProperty("ReleaseGateMinScore", "0.95");

        var result = scenario.Publish();

        Assert.False(result.Succeeded, result.ToString());
        Assert.Contains("accuracy 0.90 is below the minimum 0.95", ErrorLine(result, "RG2030"));
        Assert.DoesNotContain("errorRate 0.05 is below", result.Output);
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(scenario.Reports, "canary-decision.json")));
        var errorRate = record.RootElement.GetProperty("metrics")[1];
        Assert.Equal("errorRate", errorRate.GetProperty("name").GetString());
        Assert.False(errorRate.GetProperty("rejects").GetBoolean());
        Assert.Equal(JsonValueKind.Null, errorRate.GetProperty("minimum").ValueKind);
    }

    [Fact]
    public void A_regression_fails_with_RG2030_naming_the_metric_and_publishes_nothing()
    {
        var scenario = new GateScenario(fixture, "regression").WithBaseline(Baseline).WithCandidate(Regressed);

        var result = scenario.Publish();

        Assert.False(result.Succeeded, result.ToString());
        var error = ErrorLine(result, "RG2030");
        Assert.Contains("accuracy", error);
        Assert.Contains("0.4", error);
        Assert.Contains("ReleaseGate: rejected v3 against baseline v1", result.Output);
        AssertNothingPublished(scenario);
    }

    [Theory]
    [InlineData("baseline-missing", "RG2001")]
    [InlineData("baseline-empty", "RG2002")]
    [InlineData("baseline-malformed", "RG2003")]
    [InlineData("eval-fails", "RG2010")]
    [InlineData("eval-writes-nothing", "RG2012")]
    [InlineData("report-malformed", "RG2013")]
    [InlineData("score-nan", "RG2020")]
    [InlineData("cases-mismatch", "RG2021")]
    [InlineData("policy-shortcut-invalid", "RG2040")]
    public void A_refused_input_fails_closed_with_its_own_code(string failure, string code)
    {
        var scenario = Arrange(new GateScenario(fixture, failure), failure);

        var result = scenario.Publish();

        Assert.False(result.Succeeded, result.ToString());
        Assert.NotEmpty(ErrorLine(result, code));
        AssertNothingPublished(scenario);
    }

    [Fact]
    public void A_missing_baseline_says_how_to_create_the_first_one()
    {
        var scenario = new GateScenario(fixture, "first-baseline").WithCandidate(Matching);

        var result = scenario.Publish();

        var error = ErrorLine(result, "RG2001");
        Assert.Contains("To create the first baseline", error);
        Assert.Contains(scenario.Baseline, error);
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(scenario.Reports, "canary-decision.json")));
        Assert.Equal("error", record.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("RG2001", record.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void An_eval_command_that_fails_is_reported_with_its_exit_code_and_last_output()
    {
        var scenario = new GateScenario(fixture, "eval-exit").WithBaseline(Baseline).WithEval("fail");

        var error = ErrorLine(scenario.Publish(), "RG2010");

        Assert.Contains("exited with code 3", error);
        Assert.Contains("the scorer crashed", error);
    }

    [Fact]
    public void An_eval_command_past_its_timeout_is_killed_with_its_children()
    {
        var scenario = new GateScenario(fixture, "eval-timeout").WithBaseline(Baseline).WithEval("hang");
        var pidFile = Path.Combine(scenario.Folder, "child.pid");
        scenario.WithEnvironment("FIXTURE_PIDFILE", pidFile).WithProperty("ReleaseGateEvalTimeout", "1");

        var result = scenario.Publish();

        Assert.NotEmpty(ErrorLine(result, "RG2011"));
        AssertNothingPublished(scenario);
        var child = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(IsRunning(child), $"the eval command's child {child} outlived the timeout");
    }

    [Fact]
    public void Promote_makes_the_candidate_the_baseline_and_keeps_the_old_one_as_last_good()
    {
        var scenario = new GateScenario(fixture, "promote").WithBaseline(Baseline).WithCandidate(Matching)
            .WithProperty("ReleaseGatePromote", "true");

        var result = scenario.Publish();

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(Matching, File.ReadAllText(scenario.Baseline));
        Assert.Equal(Baseline, File.ReadAllText(scenario.LastGood));
    }

    [Fact]
    public void Promote_leaves_the_baseline_alone_when_the_gate_fails()
    {
        var scenario = new GateScenario(fixture, "promote-rejected").WithBaseline(Baseline).WithCandidate(Regressed)
            .WithProperty("ReleaseGatePromote", "true");

        var result = scenario.Publish();

        Assert.False(result.Succeeded, result.ToString());
        Assert.Equal(Baseline, File.ReadAllText(scenario.Baseline));
        Assert.False(File.Exists(scenario.LastGood));
    }

    [Fact]
    public void Skip_publishes_without_evaluating_and_says_so()
    {
        var scenario = new GateScenario(fixture, "skip").WithBaseline(Baseline).WithCandidate(Regressed)
            .WithProperty("ReleaseGateSkip", "true");

        var result = scenario.Publish();

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("ReleaseGate: skipped", result.Output);
        Assert.False(Directory.Exists(scenario.Reports));
        Assert.True(File.Exists(Path.Combine(scenario.PublishDirectory, "App.dll")));
    }

    [Fact]
    public void A_project_that_has_not_opted_in_publishes_as_before()
    {
        var scenario = new GateScenario(fixture, "opted-out").WithBaseline(Baseline).WithCandidate(Regressed)
            .WithProperty("FixtureOptOut", "true");

        var result = scenario.Publish();

        Assert.True(result.Succeeded, result.ToString());
        Assert.DoesNotContain("ReleaseGate:", result.Output);
        Assert.False(Directory.Exists(scenario.Reports));
        Assert.True(File.Exists(Path.Combine(scenario.PublishDirectory, "App.dll")));
    }

    [Fact]
    public void A_candidate_report_from_earlier_in_the_pipeline_is_used_without_running_the_command()
    {
        var scenario = new GateScenario(fixture, "given-report").WithBaseline(Baseline).WithCandidate(Matching)
            .WithEval("fail");
        scenario.WithProperty("ReleaseGateCandidateReport", scenario.CandidateSource);

        var result = scenario.Publish();

        Assert.True(result.Succeeded, result.ToString());
        Assert.DoesNotContain("the scorer crashed", result.Output);
    }

    [Fact]
    public void The_markdown_report_is_appended_to_the_step_summary()
    {
        var scenario = new GateScenario(fixture, "step-summary").WithBaseline(Baseline).WithCandidate(Regressed);
        var summary = Path.Combine(scenario.Folder, "step-summary.md");
        File.WriteAllText(summary, "earlier step\n");
        scenario.WithEnvironment("GITHUB_STEP_SUMMARY", summary);

        scenario.Publish();

        var text = File.ReadAllText(summary);
        var report = File.ReadAllText(Path.Combine(scenario.Reports, "canary-report.md"));
        Assert.StartsWith("earlier step\n", text, StringComparison.Ordinal);
        Assert.Contains(report, text, StringComparison.Ordinal);
    }

    internal static string ErrorLine(DotNetResult result, string code)
    {
        var line = result.Output.Split('\n')
            .FirstOrDefault(l => l.Contains($"error {code}:", StringComparison.Ordinal));
        Assert.True(line is not null, $"no error {code} in:\n{result}");
        return line!;
    }

    internal static void AssertNothingPublished(GateScenario scenario)
    {
        var published = Directory.Exists(scenario.PublishDirectory)
            ? Directory.GetFileSystemEntries(scenario.PublishDirectory)
            : [];
        Assert.Empty(published);
    }

    private static bool IsRunning(int pid)
    {
        // A killed process whose parent died may stay a zombie until reaped: it runs no code.
        var stat = $"/proc/{pid}/stat";
        return File.Exists(stat) && File.ReadAllText(stat).Split(' ')[2] != "Z";
    }

    private GateScenario Arrange(GateScenario scenario, string failure) => failure switch
    {
        "baseline-missing" => scenario.WithCandidate(Matching),
        "baseline-empty" => scenario.WithBaseline("  \n").WithCandidate(Matching),
        "baseline-malformed" => scenario.WithBaseline("{ \"schemaVersion\": 1, ").WithCandidate(Matching),
        "eval-fails" => scenario.WithBaseline(Baseline).WithEval("fail"),
        "eval-writes-nothing" => scenario.WithBaseline(Baseline).WithEval("silent"),
        "report-malformed" => scenario.WithBaseline(Baseline).WithCandidate("[1, 2"),
        "score-nan" => scenario.WithBaseline(Baseline)
            .WithCandidate(ScoreReportFile.Json("v2", [.. ScoreReportFile.Scores(59, 0.9), double.NaN])),
        "cases-mismatch" => scenario.WithBaseline(Baseline)
            .WithCandidate(ScoreReportFile.Json("v2", ScoreReportFile.Scores(60, 0.9), idPrefix: "other")),
        "policy-shortcut-invalid" => scenario.WithBaseline(Baseline).WithCandidate(Matching)
            .WithProperty("ReleaseGateConfidence", "1.5"),
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, "unknown failure"),
    };
}
