namespace ReleaseGate.Indexing;

/// <summary>What a retention sweep removed.</summary>
/// <param name="Removed">Ids of the expired documents that were deleted.</param>
/// <param name="SweptAt">The time the sweep compared expiries with.</param>
public sealed record SweepResult(IReadOnlyList<string> Removed, DateTimeOffset SweptAt);
