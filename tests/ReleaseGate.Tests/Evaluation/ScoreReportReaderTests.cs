using ReleaseGate.Evaluation;

namespace ReleaseGate.Tests.Evaluation;

public sealed class ScoreReportReaderTests
{
    private const string Head =
        """{"schemaVersion": 1, "build": {"version": "v2", "commit": "abc"}, "metrics": [{"name": "accuracy", "direction": "higher"}], """;

    [Fact]
    public void A_written_report_reads_back_with_its_hash()
    {
        using var dir = new TempDirectory();
        var path = dir.File("r.json");
        var report = Reports.Create("v2", [1.0, 0.25], i => i == 0 ? ["critical"] : []);

        ScoreReportWriter.Write(path, report);
        var read = ScoreReportReader.Read(path);

        Assert.Equal("v2", read.Build.Version);
        Assert.Equal([1.0, 0.25], read.Cases.Select(c => c.Scores["accuracy"]));
        Assert.True(read.Cases[0].IsCritical);
        Assert.False(read.Cases[1].IsCritical);
        Assert.Equal(0.625, read.Mean("accuracy"));
        var expectedHash = Convert.ToHexString(
            System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant();
        Assert.Equal(expectedHash, read.SourceSha256);
    }

    [Fact]
    public void Extra_build_fields_survive_a_round_trip()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Head + "\"cases\": [{\"id\": \"q1\", \"scores\": {\"accuracy\": 1}}]}");
        var report = ScoreReportReader.Parse(bytes, "r.json");

        var again = ScoreReportReader.Parse(ScoreReportWriter.ToUtf8Bytes(report), "again.json");

        Assert.Equal("abc", again.Build.Properties["commit"].GetString());
    }

    [Fact]
    public void A_missing_file_is_refused_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "does-not-exist-" + Guid.NewGuid().ToString("N") + ".json");

        var problem = Assert.Throws<EvaluationException>(() => ScoreReportReader.Read(path)).Problem;

        Assert.Equal(EvaluationProblemKind.FileMissing, problem.Kind);
        Assert.Equal(path, problem.FilePath);
        Assert.Contains(path, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void An_empty_file_is_refused(string content)
    {
        using var dir = new TempDirectory();
        var path = dir.File("empty.json", content);

        var problem = Assert.Throws<EvaluationException>(() => ScoreReportReader.Read(path)).Problem;

        Assert.Equal(EvaluationProblemKind.FileEmpty, problem.Kind);
        Assert.Contains("empty.json", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Head + "\"cases\": []}", EvaluationProblemKind.FileEmpty)]
    [InlineData("{\"schemaVersion\": 1, \"build\": {\"version\": \"v\"}, \"metrics\": [", EvaluationProblemKind.MalformedJson)]
    [InlineData("{\"schemaVersion\": 1,}", EvaluationProblemKind.MalformedJson)]
    [InlineData("[1, 2]", EvaluationProblemKind.InvalidValue)]
    [InlineData("{\"schemaVersion\": 2, \"build\": {\"version\": \"v\"}}", EvaluationProblemKind.UnknownSchemaVersion)]
    [InlineData("{\"build\": {\"version\": \"v\"}}", EvaluationProblemKind.InvalidValue)]
    [InlineData(Head + "\"cases\": [{\"id\": \"q1\", \"scores\": {\"accuracy\": NaN}}]}", EvaluationProblemKind.NonFiniteScore)]
    [InlineData(Head + "\"cases\": [{\"id\": \"q1\", \"scores\": {\"accuracy\": -Infinity}}]}", EvaluationProblemKind.NonFiniteScore)]
    [InlineData(Head + "\"cases\": [{\"id\": \"q1\", \"scores\": {\"accuracy\": \"NaN\"}}]}", EvaluationProblemKind.NonFiniteScore)]
    [InlineData(Head + "\"cases\": [{\"id\": \"q1\", \"scores\": {\"accuracy\": null}}]}", EvaluationProblemKind.NonFiniteScore)]
    [InlineData(Head + "\"cases\": [{\"id\": \"q1\", \"scores\": {\"accuracy\": 1e400}}]}", EvaluationProblemKind.NonFiniteScore)]
    [InlineData(Head + "\"cases\": [{\"id\": \"q1\", \"scores\": {\"accuracy\": 1}}, {\"id\": \"q1\", \"scores\": {\"accuracy\": 0}}]}", EvaluationProblemKind.DuplicateCaseId)]
    [InlineData(Head + "\"cases\": [{\"id\": \"q1\", \"scores\": {}}]}", EvaluationProblemKind.MetricMissing)]
    [InlineData(Head + "\"cases\": [{\"id\": \"q1\", \"scores\": {\"accuracy\": 1, \"f1\": 1}}]}", EvaluationProblemKind.MetricMissing)]
    [InlineData("{\"schemaVersion\": 1, \"build\": {\"version\": \"v\"}, \"metrics\": [{\"name\": \"a\", \"direction\": \"up\"}], \"cases\": []}", EvaluationProblemKind.InvalidValue)]
    [InlineData("{\"schemaVersion\": 1, \"build\": {\"version\": \"v\"}, \"metrics\": [{\"name\": \"a\"}], \"cases\": []}", EvaluationProblemKind.InvalidValue)]
    [InlineData("{\"schemaVersion\": 1, \"build\": {\"version\": \"v\"}, \"metrics\": [], \"cases\": []}", EvaluationProblemKind.FileEmpty)]
    public void Invalid_reports_are_refused_with_their_kind(string json, EvaluationProblemKind kind)
    {
        using var dir = new TempDirectory();
        var path = dir.File("report.json", json);

        var problem = Assert.Throws<EvaluationException>(() => ScoreReportReader.Read(path)).Problem;

        Assert.Equal(kind, problem.Kind);
        Assert.Equal(path, problem.FilePath);
        Assert.StartsWith(path, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_finite_score_names_the_case_and_metric()
    {
        var json = Head + "\"cases\": [{\"id\": \"q1\", \"scores\": {\"accuracy\": 1}}, " +
                   "{\"id\": \"q7\", \"scores\": {\"accuracy\": \"Infinity\"}}]}";

        var problem = Assert.Throws<EvaluationException>(
            () => ScoreReportReader.Parse(System.Text.Encoding.UTF8.GetBytes(json), "c.json")).Problem;

        Assert.Equal("q7", problem.CaseId);
        Assert.Equal("accuracy", problem.Metric);
        Assert.Contains("q7", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_a_non_finite_score_is_refused()
    {
        var report = Reports.Create("v1", [double.NaN]);

        Assert.Throws<ArgumentException>(() => ScoreReportWriter.ToUtf8Bytes(report));
    }
}
