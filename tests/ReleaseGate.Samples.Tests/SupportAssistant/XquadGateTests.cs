using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReleaseGate.Samples.Tests.SupportAssistant;

/// <summary>
/// The gate on real input: the sample publishes with XQuAD's 240 passages as its documents and its 1,190
/// questions as the eval set, against a baseline recorded by the normal build's own eval command.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class XquadGateTests(SamplePackageFixture fixture) : IDisposable
{
    private static readonly string[] Metrics = ["hit@1", "hit@3", "reciprocalRank"];

    private readonly string _work = Directory.CreateTempSubdirectory("support-assistant-xquad-").FullName;

    private static string Corpus => Path.Combine(RepositoryPaths.Corpora, "xquad-en");

    private string EvalSet => Path.Combine(_work, "xquad.evalset.jsonl");

    private string Baseline => Path.Combine(_work, "xquad.baseline.json");

    [Fact]
    public void The_normal_build_passes_and_the_degraded_build_is_refused_on_xquad()
    {
        var cases = WriteEvalSet();
        Assert.Equal(1190, cases);
        SamplePackageFixture.Require(DotNetCli.Run(SamplePackageFixture.ProjectDirectory,
        [
            SamplePackageFixture.NormalAssembly, "eval", "--documents", Passages, "--evalset", EvalSet, "--out", Baseline,
        ]));

        var normal = Publish("normal");
        var degraded = Publish("degraded", SamplePackageFixture.Degraded);

        Assert.True(normal.Result.ExitCode == 0, normal.Result.ToString());
        Assert.True(File.Exists(Path.Combine(normal.Output, "SupportAssistant.dll")));
        Assert.True(degraded.Result.ExitCode != 0, degraded.Result.ToString());
        Assert.Contains("error RG2030", degraded.Result.Output);
        Assert.False(Directory.Exists(degraded.Output) && Directory.EnumerateFileSystemEntries(degraded.Output).Any());

        var baseline = ReadMeans(Baseline);
        var candidate = ReadMeans(Path.Combine(degraded.Reports, "candidate.json"));
        var passed = GateDecision.Read(normal.Reports);
        var refused = GateDecision.Read(degraded.Reports);
        Assert.Equal("promote", passed.Verdict);
        Assert.Equal("reject", refused.Verdict);
        foreach (var metric in Metrics)
        {
            Assert.Equal(baseline[metric], passed.BaselineMeans[metric], precision: 9);
            Assert.Equal(baseline[metric], passed.CandidateMeans[metric], precision: 9);
            Assert.Equal(baseline[metric], refused.BaselineMeans[metric], precision: 9);
            Assert.Equal(candidate[metric], refused.CandidateMeans[metric], precision: 9);
            Assert.True(candidate[metric] < baseline[metric], $"{metric}: {candidate[metric]} vs {baseline[metric]}");
        }
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static string Passages => Path.Combine(Corpus, "passages.jsonl");

    // XQuAD's questions in the eval set format: the passage that answers each is the relevant document.
    private int WriteEvalSet()
    {
        var lines = File.ReadLines(Path.Combine(Corpus, "questions.jsonl"))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonNode.Parse(line)!)
            .Select(q => new JsonObject
            {
                ["id"] = q["question_id"]!.GetValue<string>(),
                ["input"] = q["question"]!.GetValue<string>(),
                ["expected"] = new JsonObject { ["relevant"] = q["passage_id"]!.GetValue<string>() },
            }.ToJsonString())
            .ToList();
        File.WriteAllLines(EvalSet, lines);
        return lines.Count;
    }

    private (ProcessResult Result, string Output, string Reports) Publish(string name, params string[] properties)
    {
        var output = Path.Combine(_work, "publish-" + name);
        var reports = Path.Combine(_work, "reports-" + name);
        string[] publish =
        [
            "publish", SamplePackageFixture.ProjectDirectory, fixture.VersionProperty, "-o", output,
            $"-p:AssistantDocuments={Passages}", $"-p:ReleaseGateEvalSet={EvalSet}",
            $"-p:ReleaseGateBaseline={Baseline}", $"-p:ReleaseGateReportDirectory={reports}/", .. properties,
        ];
        return (DotNetCli.Run(RepositoryPaths.Root, publish), output, reports);
    }

    // The means straight from the per-case scores, independently of the gate's own arithmetic.
    private static Dictionary<string, double> ReadMeans(string reportPath)
    {
        using var report = JsonDocument.Parse(File.ReadAllBytes(reportPath));
        var cases = report.RootElement.GetProperty("cases").EnumerateArray().ToList();
        return Metrics.ToDictionary(
            metric => metric,
            metric => cases.Average(c => c.GetProperty("scores").GetProperty(metric).GetDouble()));
    }
}
