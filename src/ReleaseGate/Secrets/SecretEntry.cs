namespace ReleaseGate.Secrets;

/// <summary>
/// A named secret as a backend stores it: the current version and the previous versions whose grace window may
/// still be open. Instances are immutable; the store replaces them whole.
/// </summary>
public sealed class SecretEntry
{
    /// <summary>Creates an entry and checks that its versions fit together.</summary>
    /// <param name="name">The secret's name.</param>
    /// <param name="current">The current version; its <see cref="SecretVersion.ValidUntil"/> must be null.</param>
    /// <param name="previous">
    /// Earlier versions, newest first, each with a window end and a number below the current one.
    /// </param>
    /// <exception cref="ArgumentException">The versions do not fit together.</exception>
    public SecretEntry(string name, SecretVersion current, IReadOnlyList<SecretVersion> previous)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        if (current.ValidUntil is not null)
        {
            throw new ArgumentException($"The current version of secret '{name}' must not have a window end.",
                nameof(current));
        }

        var newer = current.Version;
        foreach (var version in previous)
        {
            if (version.ValidUntil is null || version.Version >= newer)
            {
                throw new ArgumentException(
                    $"Secret '{name}' {version} must have a window end and be older than version {newer}.",
                    nameof(previous));
            }

            newer = version.Version;
        }

        Name = name;
        Current = current;
        Previous = previous.ToArray();
    }

    /// <summary>The secret's name.</summary>
    public string Name { get; }

    /// <summary>The current version.</summary>
    public SecretVersion Current { get; }

    /// <summary>Earlier versions, newest first; some may have a window that has already ended.</summary>
    public IReadOnlyList<SecretVersion> Previous { get; }

    /// <summary>Describes the entry without any value.</summary>
    /// <returns>The name and the version numbers.</returns>
    public override string ToString() => $"secret '{Name}': {Current}, {Previous.Count} previous";
}
