namespace ReleaseGate.Secrets;

/// <summary>One version of a named secret: its number, its value and how long it stays valid.</summary>
public sealed class SecretVersion
{
    /// <summary>Creates a version.</summary>
    /// <param name="version">The version number, 1 for the first value of a secret.</param>
    /// <param name="value">The value.</param>
    /// <param name="createdAt">When the version became current.</param>
    /// <param name="validUntil">
    /// When the version's grace window ends (it is rejected from that instant on); <see langword="null"/> for the
    /// current version, which has no end.
    /// </param>
    public SecretVersion(int version, SecretValue value, DateTimeOffset createdAt, DateTimeOffset? validUntil)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentNullException.ThrowIfNull(value);
        Version = version;
        Value = value;
        CreatedAt = createdAt;
        ValidUntil = validUntil;
    }

    /// <summary>The version number, 1 for the first value of a secret.</summary>
    public int Version { get; }

    /// <summary>The value; its <see cref="SecretValue.ToString"/> never shows the content.</summary>
    public SecretValue Value { get; }

    /// <summary>When the version became current.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>When the grace window ends; <see langword="null"/> while the version is current.</summary>
    public DateTimeOffset? ValidUntil { get; }

    /// <summary>Tells whether the version is accepted at <paramref name="now"/>.</summary>
    /// <param name="now">The instant to check.</param>
    /// <returns><see langword="true"/> while the version is current or its window is open.</returns>
    public bool IsValidAt(DateTimeOffset now) => ValidUntil is not { } end || now < end;

    /// <summary>Describes the version without its value.</summary>
    /// <returns>For example <c>version 3 (valid until 2026-01-01T10:00:00.0000000+00:00)</c>.</returns>
    public override string ToString() =>
        ValidUntil is { } end ? $"version {Version} (valid until {end:O})" : $"version {Version} (current)";

    internal SecretVersion EndingAt(DateTimeOffset end) => new(Version, Value, CreatedAt, end);
}
