using System.Security.Cryptography;

namespace ReleaseGate.Secrets;

/// <summary>
/// Keeps secrets in one file encrypted at rest with AES-256-GCM, replaced atomically on every change (temporary
/// file, flush to disk, rename) and created readable by the current user only.
/// </summary>
/// <remarks>
/// A file that was changed or damaged, or that was written with another key, is refused with an error that says
/// which (<see cref="ReleaseGateErrorCodes.SecretStoreTampered"/>,
/// <see cref="ReleaseGateErrorCodes.SecretStoreWrongKey"/>);
/// it never loads as an empty store. Only a file that does not exist yet loads as empty. One process writes a
/// store at a time: two processes changing the same file at once lose one of the changes.
/// </remarks>
public sealed class EncryptedFileSecretBackend : ISecretStoreBackend
{
    private readonly SecretStoreKey _key;

    /// <summary>Creates a backend for <paramref name="path"/>; nothing is read until the store loads.</summary>
    /// <param name="path">The store file.</param>
    /// <param name="key">The key that encrypts it.</param>
    public EncryptedFileSecretBackend(string path, SecretStoreKey key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(key);
        FilePath = path;
        _key = key;
    }

    /// <summary>The store file.</summary>
    public string FilePath { get; }

    /// <inheritdoc />
    public IReadOnlyList<SecretEntry> Load()
    {
        if (!File.Exists(FilePath))
        {
            return [];
        }

        var plaintext = SecretFileFormat.Decrypt(File.ReadAllBytes(FilePath), _key, FilePath);
        try
        {
            return SecretFileDocument.Deserialize(plaintext, FilePath);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <inheritdoc />
    public void Save(IReadOnlyList<SecretEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var plaintext = SecretFileDocument.Serialize(entries);
        try
        {
            AtomicFile.Replace(FilePath, SecretFileFormat.Encrypt(plaintext, _key));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new SecretStoreException(ReleaseGateErrorCodes.SecretStoreWriteFailed,
                $"Could not write the secret store '{FilePath}': {error.Message} The file on disk and the store in "
                + "memory are unchanged. Check that the folder exists and is writable, and retry.", error);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>Names the backend in logs.</summary>
    /// <returns>The file path.</returns>
    public override string ToString() => $"encrypted file '{FilePath}'";
}
