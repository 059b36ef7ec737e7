using ReleaseGate.Evaluation;

namespace ReleaseGate.Tests.Evaluation;

/// <summary>Builds score reports for tests.</summary>
internal static class Reports
{
    public static ScoreReport Create(string version, IReadOnlyList<double> accuracy, Func<int, string[]>? tags = null)
    {
        var cases = accuracy
            .Select((score, i) => new CaseScores(
                $"q{i + 1}",
                new Dictionary<string, double> { ["accuracy"] = score },
                tags?.Invoke(i)))
            .ToList();
        return new ScoreReport(new BuildInfo(version), [new MetricDefinition("accuracy")], cases);
    }

    public static ScoreReport Constant(string version, int count, Func<int, double> score) =>
        Create(version, Enumerable.Range(0, count).Select(score).ToList());

    /// <summary>Scores of exactly <paramref name="rate"/> (rounded) passing cases, spread evenly.</summary>
    public static double[] PassRate(int count, double rate) =>
        Enumerable.Range(0, count).Select(i => Math.Floor((i + 1) * rate) > Math.Floor(i * rate) ? 1.0 : 0.0).ToArray();
}
