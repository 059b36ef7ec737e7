using System.Reflection;
using ReleaseGate.Evaluation;

namespace SupportAssistant;

/// <summary>
/// Scores this build's retrieval on an eval set and writes the score report: what the release gate runs at
/// publish, with the eval set and report paths it passes in RELEASEGATE_EVALSET and RELEASEGATE_REPORT.
/// </summary>
internal static class EvalCommand
{
    public static async Task<int> RunAsync(string documents, string evalSet, string report)
    {
        var cases = EvalSetReader.Read(evalSet);
        await using var assistant = await Assistant.StartAsync(documents);
        var runner = new EvaluationRunner([new HitAtKScorer(1), new HitAtKScorer(3), new ReciprocalRankScorer()]);
        // The version without its source revision, so a committed baseline names no commit of this repository.
        var version = typeof(EvalCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
            ?.InformationalVersion.Split('+')[0] ?? "0.0.0";
        var build = new BuildInfo($"{version} ({Assistant.Variant})");
        var scores = await runner.RunAsync(
            cases,
            async (evalCase, _) => new EvalOutput(ranked: await assistant.RankDocumentsAsync(evalCase.InputText)),
            build);
        ScoreReportWriter.Write(report, scores);

        var means = scores.Metrics.Select(m => $"{m.Name} {scores.Mean(m.Name):F3}");
        Console.WriteLine($"{Assistant.Variant} build, {cases.Count} cases from {evalSet}: {string.Join(", ", means)}");
        return 0;
    }
}
