namespace ReleaseGate.Secrets;

/// <summary>Keeps secrets in memory only; they are gone when the process ends.</summary>
public sealed class InMemorySecretBackend : ISecretStoreBackend
{
    private IReadOnlyList<SecretEntry> _entries = [];

    /// <inheritdoc />
    public IReadOnlyList<SecretEntry> Load() => Volatile.Read(ref _entries);

    /// <inheritdoc />
    public void Save(IReadOnlyList<SecretEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Volatile.Write(ref _entries, entries.ToArray());
    }

    /// <summary>Names the backend in logs.</summary>
    /// <returns><c>memory</c>.</returns>
    public override string ToString() => "memory";
}
