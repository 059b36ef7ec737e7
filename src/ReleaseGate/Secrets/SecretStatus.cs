namespace ReleaseGate.Secrets;

/// <summary>What a secret looks like now, without any value: safe to print and to log.</summary>
/// <param name="Name">The secret's name.</param>
/// <param name="CurrentVersion">The number of the current version.</param>
/// <param name="CurrentSince">When the current version became current.</param>
/// <param name="GraceWindows">Previous versions still accepted, newest first; empty when no window is open.</param>
public sealed record SecretStatus(
    string Name,
    int CurrentVersion,
    DateTimeOffset CurrentSince,
    IReadOnlyList<SecretGraceWindow> GraceWindows)
{
    /// <summary>The version that was current just before, when its window is still open.</summary>
    public int? PreviousVersion => GraceWindows.Count > 0 ? GraceWindows[0].Version : null;

    /// <summary>When the window of <see cref="PreviousVersion"/> closes.</summary>
    public DateTimeOffset? GraceEndsAt => GraceWindows.Count > 0 ? GraceWindows[0].EndsAt : null;

    internal static SecretStatus Of(SecretEntry entry, DateTimeOffset now)
    {
        var windows = entry.Previous
            .Where(version => version.IsValidAt(now))
            .Select(version => new SecretGraceWindow(version.Version, version.ValidUntil!.Value))
            .ToArray();
        return new SecretStatus(entry.Name, entry.Current.Version, entry.Current.CreatedAt, windows);
    }
}
