namespace ReleaseGate.Releases;

/// <summary>A case whose pass or fail changed between baseline and candidate on one metric.</summary>
public sealed class CaseFlip
{
    /// <summary>Creates a flip.</summary>
    /// <param name="caseId">The case id.</param>
    /// <param name="baselineScore">The case's score in the baseline.</param>
    /// <param name="candidateScore">The case's score in the candidate.</param>
    /// <param name="critical">Whether the case is tagged critical on either side.</param>
    public CaseFlip(string caseId, double baselineScore, double candidateScore, bool critical)
    {
        CaseId = caseId;
        BaselineScore = baselineScore;
        CandidateScore = candidateScore;
        Critical = critical;
    }

    /// <summary>The case id.</summary>
    public string CaseId { get; }

    /// <summary>The case's score in the baseline.</summary>
    public double BaselineScore { get; }

    /// <summary>The case's score in the candidate.</summary>
    public double CandidateScore { get; }

    /// <summary>Whether the case is tagged critical on either side.</summary>
    public bool Critical { get; }

    /// <summary>The reason from the accepted-regressions file, when this flip was accepted.</summary>
    public string? AcceptedReason { get; init; }
}
