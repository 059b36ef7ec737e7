namespace ReleaseGate.Releases;

/// <summary>One recorded change (or refused change) of a release channel.</summary>
public sealed record ReleaseHistoryEntry
{
    /// <summary>The entry's position in the history, from 1, with no gaps.</summary>
    public required long Sequence { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>What happened.</summary>
    public required ReleaseAction Action { get; init; }

    /// <summary>The version acted on (the candidate, the promoted version, or the version rolled back to).</summary>
    public required ReleaseVersion Subject { get; init; }

    /// <summary>Why: the decision's reasons, or the summary of a promotion or rollback.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>The live version after this entry.</summary>
    public required ReleaseVersion? LiveAfter { get; init; }

    /// <summary>The last-good version after this entry.</summary>
    public required ReleaseVersion? LastGoodAfter { get; init; }
}
