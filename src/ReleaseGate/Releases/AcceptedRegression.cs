namespace ReleaseGate.Releases;

/// <summary>One reviewed exception: a case allowed to be worse on one metric, and why.</summary>
public sealed class AcceptedRegression
{
    /// <summary>Creates an accepted regression.</summary>
    /// <param name="caseId">The case allowed to regress.</param>
    /// <param name="metric">The metric it may regress on.</param>
    /// <param name="reason">Why the regression is accepted, for the reviewer and the report.</param>
    public AcceptedRegression(string caseId, string metric, string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        ArgumentException.ThrowIfNullOrEmpty(metric);
        ArgumentException.ThrowIfNullOrEmpty(reason);
        CaseId = caseId;
        Metric = metric;
        Reason = reason;
    }

    /// <summary>The case allowed to regress.</summary>
    public string CaseId { get; }

    /// <summary>The metric it may regress on.</summary>
    public string Metric { get; }

    /// <summary>Why the regression is accepted.</summary>
    public string Reason { get; }
}
