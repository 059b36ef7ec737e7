using ReleaseGate.Evaluation;

namespace ReleaseGate.Releases;

/// <summary>Baseline and candidate compared on one metric, over the cases both reports share.</summary>
public sealed record MetricComparison
{
    /// <summary>The metric name.</summary>
    public required string Metric { get; init; }

    /// <summary>Which way the metric gets better.</summary>
    public required MetricDirection Direction { get; init; }

    /// <summary>Whether any newly failing case on this metric rejects the candidate.</summary>
    public required bool Critical { get; init; }

    /// <summary>The weighted baseline mean over the shared cases.</summary>
    public required double BaselineMean { get; init; }

    /// <summary>The weighted candidate mean over the shared cases; the bars apply to it.</summary>
    public required double CandidateMean { get; init; }

    /// <summary>
    /// The weighted mean of the per-case differences (candidate minus baseline), with accepted regressions
    /// counted as no change.
    /// </summary>
    public required double MeanDifference { get; init; }

    /// <summary>The lower end of the paired interval of <see cref="MeanDifference"/>.</summary>
    public required double IntervalLower { get; init; }

    /// <summary>The upper end of the paired interval of <see cref="MeanDifference"/>.</summary>
    public required double IntervalUpper { get; init; }

    /// <summary>How the interval was computed: bootstrapped, or normal when there are many paired cases.</summary>
    public IntervalMethod IntervalMethod { get; init; }

    /// <summary>The policy applied, with defaults filled in.</summary>
    public required MetricPolicy Policy { get; init; }

    /// <summary>The regression allowed before rejecting (the policy's value, or 0).</summary>
    public required double MaxRegression { get; init; }

    /// <summary>The per-case pass threshold, or <see langword="null"/> when cases do not pass or fail.</summary>
    public required double? PassThreshold { get; init; }

    /// <summary>Cases that passed in the baseline and fail in the candidate (accepted ones excluded).</summary>
    public required IReadOnlyList<CaseFlip> NewlyFailing { get; init; }

    /// <summary>Cases that failed in the baseline and pass in the candidate.</summary>
    public required IReadOnlyList<CaseFlip> NewlyPassing { get; init; }

    /// <summary>Newly failing cases excused by the accepted-regressions file.</summary>
    public required IReadOnlyList<CaseFlip> Accepted { get; init; }

    /// <summary>How many cases only the candidate has; they are scored apart and not compared.</summary>
    public required int CandidateOnlyCount { get; init; }

    /// <summary>The weighted candidate mean over the candidate-only cases, or <see langword="null"/> if none.</summary>
    public required double? CandidateOnlyMean { get; init; }

    /// <summary>Why this metric rejects the candidate; empty when it does not.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>Whether this metric rejects the candidate.</summary>
    public bool Rejects => Reasons.Count > 0;
}
