using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ReleaseGate.Secrets;

/// <summary>
/// Named, versioned secrets that rotate without an outage: after a rotation the previous version stays valid for a
/// grace window, so clients still holding it keep working until they pick up the new one.
/// </summary>
/// <remarks>
/// <para>
/// A version in its window is accepted while the clock (from <see cref="TimeProvider"/>) is before the window's
/// end, and rejected from the end on, to the tick. <see cref="ExpireGrace"/> closes every window at once.
/// </para>
/// <para>
/// Rotating again while a window is open: the version that was current just before gets a new window and, by
/// default, the older version is rejected from that moment. <see cref="SecretStoreOptions.MaxGraceVersions"/>
/// keeps more windows open, each until its own original end.
/// </para>
/// <para>
/// Thread safety: every method may be called from any thread. The secrets live in an immutable snapshot that a
/// change replaces in one reference write, after the backend has saved it; a validation reads one snapshot, so a
/// value valid both before and after a change is accepted while the change happens. Changes are serialized.
/// </para>
/// </remarks>
public sealed class SecretStore
{
    private readonly object _writeLock = new();

    private readonly ISecretStoreBackend _backend;

    private readonly TimeProvider _time;

    private readonly ILogger _logger;

    private readonly int _maxGraceVersions;

    private volatile FrozenDictionary<string, SecretEntry> _secrets;

    /// <summary>Creates a store and loads its secrets from the backend.</summary>
    /// <param name="options">The backend and the grace window policy.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Receives rotations, expiries and rejections (never values).</param>
    /// <exception cref="SecretStoreException">The backend's data cannot be read or trusted.</exception>
    public SecretStore(
        SecretStoreOptions options,
        TimeProvider? timeProvider = null,
        ILogger<SecretStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _backend = options.Backend ?? new InMemorySecretBackend();
        _maxGraceVersions = options.MaxGraceVersions;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _secrets = Index(_backend.Load());
        SecretStoreLog.Loaded(_logger, _secrets.Count, _backend.ToString() ?? _backend.GetType().Name);
    }

    /// <summary>The names of every secret in the store.</summary>
    public IReadOnlyCollection<string> Names => _secrets.Keys;

    /// <summary>
    /// Makes a new random value current; the version current before stays valid for <paramref name="grace"/>.
    /// A name that does not exist yet is created at version 1.
    /// </summary>
    /// <param name="name">The secret's name.</param>
    /// <param name="grace">How long the previous version stays valid; zero rejects it at once.</param>
    /// <returns>The new value and the secret's status.</returns>
    /// <exception cref="SecretStoreException">The backend could not save; nothing changed.</exception>
    public SecretRotation Rotate(string name, TimeSpan grace) => Rotate(name, SecretValue.Generate(), grace);

    /// <summary>
    /// Makes <paramref name="newValue"/> current; the version current before stays valid for
    /// <paramref name="grace"/>. Use it for a value issued elsewhere, such as a vendor's API key.
    /// </summary>
    /// <param name="name">The secret's name.</param>
    /// <param name="newValue">The value to make current; it must differ from every valid version.</param>
    /// <param name="grace">How long the previous version stays valid; zero rejects it at once.</param>
    /// <returns>The new value and the secret's status.</returns>
    /// <exception cref="ArgumentException">The value equals a version that is still valid.</exception>
    /// <exception cref="SecretStoreException">The backend could not save; nothing changed.</exception>
    public SecretRotation Rotate(string name, SecretValue newValue, TimeSpan grace)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(newValue);
        ArgumentOutOfRangeException.ThrowIfLessThan(grace, TimeSpan.Zero);
        lock (_writeLock)
        {
            var now = _time.GetUtcNow();
            if (grace > DateTimeOffset.MaxValue - now)
            {
                throw new ArgumentOutOfRangeException(nameof(grace), "The grace window would end after 9999.");
            }

            _secrets.TryGetValue(name, out var existing);
            if (GraceWindowRules.IsInUse(existing, newValue, now))
            {
                throw new ArgumentException(
                    $"The new value for secret '{name}' equals a version that is still valid; use a different value.",
                    nameof(newValue));
            }

            var closed = new List<SecretVersion>();
            var entry = GraceWindowRules.Rotate(existing, name, newValue, grace, now, _maxGraceVersions, closed);
            Commit(entry);
            LogRotation(entry, existing, closed);
            return new SecretRotation(newValue, SecretStatus.Of(entry, now));
        }
    }

    /// <summary>Closes every open grace window of a secret at once: only the current version stays valid.</summary>
    /// <param name="name">The secret's name.</param>
    /// <returns>The secret's status afterwards.</returns>
    /// <exception cref="SecretStoreException">No such secret, or the backend could not save.</exception>
    public SecretStatus ExpireGrace(string name)
    {
        lock (_writeLock)
        {
            var now = _time.GetUtcNow();
            var closed = new List<SecretVersion>();
            var entry = GraceWindowRules.ExpireGrace(Find(name), now, closed);
            Commit(entry);
            foreach (var version in closed)
            {
                SecretStoreLog.GraceClosed(_logger, name, version.Version);
            }

            return SecretStatus.Of(entry, now);
        }
    }

    /// <summary>
    /// Tells whether <paramref name="presented"/> is the current value of a secret or a previous value whose window
    /// is open. The comparison takes the same time whichever version matches, and whatever the lengths.
    /// </summary>
    /// <param name="name">The secret's name; an unknown name is rejected.</param>
    /// <param name="presented">The value a client presented.</param>
    /// <returns><see langword="true"/> when the value is accepted.</returns>
    public bool Validate(string name, ReadOnlySpan<char> presented) => FindValidVersion(name, presented) is not null;

    /// <summary>Like <see cref="Validate"/>, and says which version the presented value is.</summary>
    /// <param name="name">The secret's name; an unknown name is rejected.</param>
    /// <param name="presented">The value a client presented.</param>
    /// <returns>The accepted version's number, or <see langword="null"/> when the value is rejected.</returns>
    public int? FindValidVersion(string name, ReadOnlySpan<char> presented)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> digest = stackalloc byte[SecretDigest.Length];
        SecretDigest.Compute(presented, digest);
        if (!_secrets.TryGetValue(name, out var entry))
        {
            SecretStoreLog.RejectedUnknown(_logger, name);
            return null;
        }

        var now = _time.GetUtcNow();
        var accepted = entry.Current.Value.Matches(digest) ? entry.Current : null;
        SecretVersion? expired = null;
        foreach (var version in entry.Previous)
        {
            // Every version is compared even after a match, so the time taken does not tell which one matched.
            var equal = version.Value.Matches(digest);
            if (equal && version.IsValidAt(now))
            {
                accepted = version;
            }
            else if (equal)
            {
                expired = version;
            }
        }

        LogValidation(entry.Name, accepted, expired);
        return accepted?.Version;
    }

    /// <summary>Returns the current value of a secret, to hand to a client.</summary>
    /// <param name="name">The secret's name.</param>
    /// <returns>The current value.</returns>
    /// <exception cref="SecretStoreException">No such secret.</exception>
    public SecretValue GetCurrent(string name) => Find(name).Current.Value;

    /// <summary>Returns the secret's version numbers and open windows, never its values.</summary>
    /// <param name="name">The secret's name.</param>
    /// <returns>The status at the current time.</returns>
    /// <exception cref="SecretStoreException">No such secret.</exception>
    public SecretStatus GetStatus(string name) => SecretStatus.Of(Find(name), _time.GetUtcNow());

    private static FrozenDictionary<string, SecretEntry> Index(IReadOnlyList<SecretEntry> entries)
    {
        var byName = new Dictionary<string, SecretEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!byName.TryAdd(entry.Name, entry))
            {
                throw new SecretStoreException(ReleaseGateErrorCodes.SecretStoreUnreadable,
                    $"The store holds secret '{entry.Name}' twice. Restore the store from a backup.");
            }
        }

        return byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private SecretEntry Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _secrets.TryGetValue(name, out var entry)
            ? entry
            : throw new SecretStoreException(ReleaseGateErrorCodes.SecretNotFound,
                $"There is no secret named '{name}'. Create it with a rotation, or check the name.");
    }

    private void Commit(SecretEntry changed)
    {
        var entries = _secrets.Values
            .Where(entry => entry.Name != changed.Name)
            .Append(changed)
            .OrderBy(entry => entry.Name, StringComparer.Ordinal)
            .ToArray();

        // Save first: if the backend fails, readers keep the old snapshot and the caller gets the error.
        _backend.Save(entries);
        _secrets = Index(entries);
    }

    private void LogRotation(SecretEntry entry, SecretEntry? before, List<SecretVersion> closed)
    {
        var version = entry.Current.Version;
        if (before is null)
        {
            SecretStoreLog.Created(_logger, entry.Name, version);
        }
        else if (entry.Previous.Count > 0 && entry.Previous[0].Version == before.Current.Version)
        {
            SecretStoreLog.RotatedWithGrace(
                _logger, entry.Name, version, before.Current.Version, entry.Previous[0].ValidUntil!.Value);
        }
        else
        {
            SecretStoreLog.RotatedWithoutGrace(_logger, entry.Name, version);
        }

        foreach (var dropped in closed)
        {
            SecretStoreLog.GraceClosed(_logger, entry.Name, dropped.Version);
        }
    }

    private void LogValidation(string name, SecretVersion? accepted, SecretVersion? expired)
    {
        if (accepted is { ValidUntil: not null })
        {
            SecretStoreLog.AcceptedInGrace(_logger, name, accepted.Version);
        }
        else if (accepted is null && expired is not null)
        {
            SecretStoreLog.RejectedExpired(_logger, name, expired.Version, expired.ValidUntil!.Value);
        }
        else if (accepted is null)
        {
            SecretStoreLog.RejectedNoMatch(_logger, name);
        }
    }
}
