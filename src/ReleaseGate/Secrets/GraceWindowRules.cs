namespace ReleaseGate.Secrets;

/// <summary>
/// Decides which versions stay valid after a rotation or an early expiry. Pure functions of the old entry and the
/// clock, so the store can compute the next state before it saves and publishes it.
/// </summary>
internal static class GraceWindowRules
{
    /// <summary>
    /// Makes <paramref name="value"/> current and opens a window for the version current before it;
    /// <paramref name="closed"/> receives the versions whose open window this rotation closes.
    /// </summary>
    public static SecretEntry Rotate(
        SecretEntry? existing,
        string name,
        SecretValue value,
        TimeSpan grace,
        DateTimeOffset now,
        int keep,
        List<SecretVersion> closed)
    {
        if (existing is null)
        {
            return new SecretEntry(name, new SecretVersion(1, value, now, null), []);
        }

        var previous = new List<SecretVersion>(keep);
        if (grace > TimeSpan.Zero)
        {
            previous.Add(existing.Current.EndingAt(now + grace));
        }
        else
        {
            closed.Add(existing.Current);
        }

        // Versions whose window already ended are dropped without a log line: nothing changes for them.
        foreach (var version in existing.Previous.Where(version => version.IsValidAt(now)))
        {
            if (previous.Count < keep)
            {
                previous.Add(version);
            }
            else
            {
                closed.Add(version);
            }
        }

        var current = new SecretVersion(existing.Current.Version + 1, value, now, null);
        return new SecretEntry(name, current, previous);
    }

    /// <summary>
    /// Closes every open window at once, so only the current version stays valid; <paramref name="closed"/>
    /// receives the versions whose window this closes.
    /// </summary>
    public static SecretEntry ExpireGrace(SecretEntry existing, DateTimeOffset now, List<SecretVersion> closed)
    {
        closed.AddRange(existing.Previous.Where(version => version.IsValidAt(now)));
        return new SecretEntry(existing.Name, existing.Current, []);
    }

    /// <summary>Tells whether <paramref name="value"/> equals a version valid at <paramref name="now"/>.</summary>
    public static bool IsInUse(SecretEntry? existing, SecretValue value, DateTimeOffset now) =>
        existing is not null
        && (existing.Current.Value.SameAs(value)
            || existing.Previous.Any(version => version.IsValidAt(now) && version.Value.SameAs(value)));
}
