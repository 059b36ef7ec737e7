namespace ReleaseGate.Releases;

/// <summary>What one entry of a release channel's history did.</summary>
public enum ReleaseAction
{
    /// <summary>A canary promoted its candidate.</summary>
    CanaryPromoted = 0,

    /// <summary>A canary rejected its candidate; the live version did not change.</summary>
    CanaryRejected = 1,

    /// <summary>A version was made live directly.</summary>
    Promoted = 2,

    /// <summary>The last-good version was made live again.</summary>
    RolledBack = 3,
}
