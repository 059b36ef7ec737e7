using ReleaseGate.Evaluation;
using ReleaseGate.Releases;
using ReleaseGate.Tests.Evaluation;

namespace ReleaseGate.Tests.Releases;

public sealed class CanaryFilesTests
{
    [Theory]
    [InlineData("baseline", EvaluationFileRole.Baseline)]
    [InlineData("candidate", EvaluationFileRole.Candidate)]
    public void A_missing_report_is_a_problem_stamped_with_its_role(string which, EvaluationFileRole role)
    {
        using var dir = new TempDirectory();
        var files = Write(dir);
        File.Delete(which == "baseline" ? files.BaselinePath : files.CandidatePath);

        var outcome = CanaryEvaluator.EvaluateFiles(files);

        Assert.False(outcome.Succeeded);
        Assert.Equal(EvaluationProblemKind.FileMissing, outcome.Problem.Kind);
        Assert.Equal(role, outcome.Problem.Role);
    }

    [Fact]
    public void A_policy_file_sets_the_bars()
    {
        using var dir = new TempDirectory();
        var files = Write(dir);
        var policy = dir.File("policy.json", """
            {"schemaVersion": 1, "confidence": 0.9, "seed": 5, "metrics": {"accuracy": {"minimum": 0.95}}}
            """);

        var outcome = CanaryEvaluator.EvaluateFiles(new CanaryFiles
        {
            BaselinePath = files.BaselinePath,
            CandidatePath = files.CandidatePath,
            PolicyPath = policy,
        });

        Assert.True(outcome.Succeeded);
        Assert.Equal(0.9, outcome.Decision.Policy.Confidence);
        Assert.Equal("accuracy 0.90 is below the minimum 0.95.", Assert.Single(outcome.Decision.Reasons));
    }

    [Fact]
    public void A_policy_file_sets_how_many_cases_are_bootstrapped()
    {
        using var dir = new TempDirectory();
        var files = Write(dir);
        var policy = dir.File("policy.json", """{"schemaVersion": 1, "bootstrapMaxCases": 10}""");

        var outcome = CanaryEvaluator.EvaluateFiles(new CanaryFiles
        {
            BaselinePath = files.BaselinePath,
            CandidatePath = files.CandidatePath,
            PolicyPath = policy,
        });

        Assert.True(outcome.Succeeded);
        Assert.Equal(10, outcome.Decision.Policy.BootstrapMaxCases);
        Assert.Equal(IntervalMethod.Normal, outcome.Decision.Metrics[0].IntervalMethod);
    }

    [Theory]
    [InlineData("""{"schemaVersion": 1, "metrics": {"accuracy": {"maxRegresion": 0.1}}}""", EvaluationProblemKind.InvalidValue)]
    [InlineData("""{"schemaVersion": 1, "confidence": 1.5}""", EvaluationProblemKind.InvalidValue)]
    [InlineData("""{"schemaVersion": 3}""", EvaluationProblemKind.UnknownSchemaVersion)]
    [InlineData("""{"schemaVersion": 1, "metrics": {"accuracy": {"minimum": 0.9, "maximum": 0.5}}}""", EvaluationProblemKind.InvalidValue)]
    [InlineData("""{"schemaVersion": 1, "metrics": {"acc": {"minimum": 0.9}}}""", EvaluationProblemKind.InvalidValue)]
    [InlineData("""{"schemaVersion": 1""", EvaluationProblemKind.MalformedJson)]
    [InlineData("""{"schemaVersion": 1, "bootstrapMaxCases": -1}""", EvaluationProblemKind.InvalidValue)]
    public void Invalid_policies_are_refused(string json, EvaluationProblemKind kind)
    {
        using var dir = new TempDirectory();
        var files = Write(dir);
        var policy = dir.File("policy.json", json);

        var outcome = CanaryEvaluator.EvaluateFiles(new CanaryFiles
        {
            BaselinePath = files.BaselinePath,
            CandidatePath = files.CandidatePath,
            PolicyPath = policy,
        });

        Assert.False(outcome.Succeeded);
        Assert.Equal(kind, outcome.Problem.Kind);
        Assert.Equal(EvaluationFileRole.Policy, outcome.Problem.Role);
        Assert.Contains("policy.json", outcome.Problem.Message, StringComparison.Ordinal);
    }

    private static CanaryFiles Write(TempDirectory dir)
    {
        var files = new CanaryFiles { BaselinePath = dir.File("baseline.json"), CandidatePath = dir.File("candidate.json") };
        ScoreReportWriter.Write(files.BaselinePath, Reports.Create("v1", Reports.PassRate(50, 0.9)));
        ScoreReportWriter.Write(files.CandidatePath, Reports.Create("v2", Reports.PassRate(50, 0.9)));
        return files;
    }
}
