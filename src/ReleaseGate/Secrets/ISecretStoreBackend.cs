namespace ReleaseGate.Secrets;

/// <summary>
/// Where a <see cref="SecretStore"/> keeps its secrets. The store loads once when it is created and saves the
/// whole set after every change, before the change becomes visible.
/// </summary>
/// <remarks>
/// An implementation must fail loudly: a store that cannot be read (damaged, tampered with, wrong key) throws a
/// <see cref="SecretStoreException"/> and never returns an empty set in its place. <see cref="Save"/> must be
/// atomic: after a crash, either the old or the new set is there, never a mix. Messages never contain values.
/// </remarks>
public interface ISecretStoreBackend
{
    /// <summary>Reads every secret.</summary>
    /// <returns>The stored entries; empty only when nothing was ever saved.</returns>
    /// <exception cref="SecretStoreException">The stored data cannot be read or trusted.</exception>
    IReadOnlyList<SecretEntry> Load();

    /// <summary>Replaces the stored secrets with <paramref name="entries"/>.</summary>
    /// <param name="entries">Every secret, in the order to store them.</param>
    /// <exception cref="SecretStoreException">The data could not be written; the old data is unchanged.</exception>
    void Save(IReadOnlyList<SecretEntry> entries);
}
