namespace ReleaseGate.Releases;

/// <summary>What a release channel holds: the live version, the last-good one, and the history behind them.</summary>
public sealed record ReleaseState
{
    /// <summary>The state of a channel nothing has been released to.</summary>
    public static ReleaseState Empty { get; } = new() { History = [] };

    /// <summary>The version serving now, if any.</summary>
    public ReleaseVersion? Live { get; init; }

    /// <summary>The version a rollback returns to, if any.</summary>
    public ReleaseVersion? LastGood { get; init; }

    /// <summary>Every change and refused canary, oldest first.</summary>
    public required IReadOnlyList<ReleaseHistoryEntry> History { get; init; }

    /// <summary>The state after <paramref name="entry"/>: its live and last-good versions, with it appended.</summary>
    /// <param name="entry">The entry to apply.</param>
    /// <returns>The new state.</returns>
    public ReleaseState Apply(ReleaseHistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new ReleaseState { Live = entry.LiveAfter, LastGood = entry.LastGoodAfter, History = [.. History, entry] };
    }
}
