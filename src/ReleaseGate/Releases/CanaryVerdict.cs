namespace ReleaseGate.Releases;

/// <summary>What a canary decided.</summary>
public enum CanaryVerdict
{
    /// <summary>The candidate clears every bar and does not regress: it may go live.</summary>
    Promote = 0,

    /// <summary>The candidate must not go live; the decision's reasons say why.</summary>
    Reject = 1,
}
