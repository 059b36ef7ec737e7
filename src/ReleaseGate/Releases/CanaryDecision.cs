using ReleaseGate.Evaluation;

namespace ReleaseGate.Releases;

/// <summary>The outcome of a canary: the verdict, why, and the per-metric evidence behind it.</summary>
public sealed class CanaryDecision
{
    /// <summary>Promote or reject.</summary>
    public required CanaryVerdict Verdict { get; init; }

    /// <summary>One sentence a person can act on: the verdict and its main reason.</summary>
    public required string Summary { get; init; }

    /// <summary>Every reason to reject, as sentences; empty when the candidate is promoted.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>Things worth knowing that did not decide anything (ignored files, cases scored apart).</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The per-metric comparisons, in the baseline's metric order.</summary>
    public required IReadOnlyList<MetricComparison> Metrics { get; init; }

    /// <summary>The baseline build's version.</summary>
    public required string BaselineVersion { get; init; }

    /// <summary>The candidate build's version.</summary>
    public required string CandidateVersion { get; init; }

    /// <summary>The SHA-256 of the baseline report the decision was made against.</summary>
    public required string BaselineSha256 { get; init; }

    /// <summary>The SHA-256 of the candidate report.</summary>
    public required string CandidateSha256 { get; init; }

    /// <summary>How many cases both reports share and were compared.</summary>
    public required int PairedCaseCount { get; init; }

    /// <summary>Cases only the candidate has (scored apart, not compared).</summary>
    public required IReadOnlyList<string> CandidateOnlyCases { get; init; }

    /// <summary>Baseline cases the candidate lacks (only when the policy allows missing cases).</summary>
    public required IReadOnlyList<string> BaselineOnlyCases { get; init; }

    /// <summary>The baseline report, for per-case views.</summary>
    public required ScoreReport Baseline { get; init; }

    /// <summary>The candidate report, for per-case views.</summary>
    public required ScoreReport Candidate { get; init; }

    /// <summary>The policy the decision was made with.</summary>
    public required CanaryPolicy Policy { get; init; }

    /// <summary>Whether the verdict is <see cref="CanaryVerdict.Promote"/>.</summary>
    public bool Promoted => Verdict == CanaryVerdict.Promote;
}
