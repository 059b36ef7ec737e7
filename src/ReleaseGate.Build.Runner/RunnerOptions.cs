namespace ReleaseGate.Build.Runner;

/// <summary>What the CompareWithBaseline task asks the runner to do; every path is absolute.</summary>
internal sealed class RunnerOptions
{
    public required string Baseline { get; init; }

    public required string Candidate { get; init; }

    public required string ReportDirectory { get; init; }

    public string? Policy { get; init; }

    public string? AcceptedRegressions { get; init; }

    public string? MinScore { get; init; }

    public string? MaxRegression { get; init; }

    public string? Confidence { get; init; }

    public string? StepSummary { get; init; }

    public bool Promote { get; init; }
}
