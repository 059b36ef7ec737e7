using ReleaseGate.Evaluation;
using ReleaseGate.Releases;
using ReleaseGate.Tests.Evaluation;

namespace ReleaseGate.Tests.Releases;

public sealed class AcceptedRegressionsTests
{
    private static readonly string[] Critical = ["critical"];

    [Fact]
    public void An_accepted_critical_regression_promotes_while_the_baseline_is_unchanged()
    {
        using var dir = new TempDirectory();
        var files = WriteStory(dir, baselineVersion: "v1");
        var baselineHash = ScoreReportReader.Read(files.BaselinePath).SourceSha256!;
        AcceptedRegressionsFile.Write(
            files.AcceptedRegressionsPath!,
            new AcceptedRegressions(baselineHash, [new AcceptedRegression("q3", "accuracy", "answer changed upstream")]));

        var outcome = CanaryEvaluator.EvaluateFiles(files);

        Assert.True(outcome.Succeeded, outcome.Problem?.Message);
        Assert.True(outcome.Decision.Promoted, outcome.Decision.Summary);
        var accepted = Assert.Single(outcome.Decision.Metrics[0].Accepted);
        Assert.Equal(("q3", "answer changed upstream"), (accepted.CaseId, accepted.AcceptedReason));
        Assert.Empty(outcome.Decision.Metrics[0].NewlyFailing);
    }

    [Fact]
    public void The_same_file_is_ignored_once_the_baseline_changes()
    {
        using var dir = new TempDirectory();
        var files = WriteStory(dir, baselineVersion: "v1");
        var oldHash = ScoreReportReader.Read(files.BaselinePath).SourceSha256!;
        AcceptedRegressionsFile.Write(
            files.AcceptedRegressionsPath!,
            new AcceptedRegressions(oldHash, [new AcceptedRegression("q3", "accuracy", "answer changed upstream")]));
        WriteStory(dir, baselineVersion: "v1.1");

        var outcome = CanaryEvaluator.EvaluateFiles(files);

        Assert.True(outcome.Succeeded, outcome.Problem?.Message);
        Assert.False(outcome.Decision.Promoted);
        Assert.Contains("critical case newly fails accuracy: q3", outcome.Decision.Summary, StringComparison.Ordinal);
        Assert.Contains(outcome.Decision.Notes, n => n.Contains("are ignored", StringComparison.Ordinal)
            && n.Contains(oldHash[..12], StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_hash_is_refused()
    {
        using var dir = new TempDirectory();
        var files = WriteStory(dir, "v1");
        File.WriteAllText(files.AcceptedRegressionsPath!, """{"schemaVersion": 1, "baselineSha256": "abc", "accepted": []}""");

        var outcome = CanaryEvaluator.EvaluateFiles(files);

        Assert.False(outcome.Succeeded);
        Assert.Equal(EvaluationProblemKind.InvalidValue, outcome.Problem.Kind);
        Assert.Equal(EvaluationFileRole.AcceptedRegressions, outcome.Problem.Role);
    }

    private static CanaryFiles WriteStory(TempDirectory dir, string baselineVersion)
    {
        var baseline = Reports.Create(baselineVersion, Enumerable.Repeat(1.0, 50).ToArray(), i => i == 2 ? Critical : []);
        var candidateScores = Enumerable.Repeat(1.0, 50).ToArray();
        candidateScores[2] = 0;
        var candidate = Reports.Create("v2", candidateScores, i => i == 2 ? Critical : []);
        var files = new CanaryFiles
        {
            BaselinePath = dir.File("baseline.json"),
            CandidatePath = dir.File("candidate.json"),
            AcceptedRegressionsPath = dir.File("accepted.json"),
        };
        ScoreReportWriter.Write(files.BaselinePath, baseline);
        ScoreReportWriter.Write(files.CandidatePath, candidate);
        return files;
    }
}
