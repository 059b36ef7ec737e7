namespace ReleaseGate.Secrets;

/// <summary>How a <see cref="SecretStore"/> keeps secrets and how many grace windows it keeps open.</summary>
public sealed class SecretStoreOptions
{
    private int _maxGraceVersions = 1;

    /// <summary>Where secrets are kept; <see langword="null"/> keeps them in memory.</summary>
    public ISecretStoreBackend? Backend { get; set; }

    /// <summary>
    /// How many previous versions may be in their grace window at once. The default, 1, keeps only the version
    /// that was current just before the latest rotation.
    /// </summary>
    /// <remarks>
    /// When a secret is rotated again while a window is open, the version that was current just before always
    /// gets a new window. With the default of 1, the older version's window closes at that moment. With a larger
    /// number, older versions whose window is still open keep it, each until its own original end (a rotation
    /// never extends a window), up to this many versions, newest first; the oldest beyond the limit is closed.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxGraceVersions
    {
        get => _maxGraceVersions;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxGraceVersions = value;
        }
    }

    /// <summary>Keeps secrets in a file encrypted with AES-GCM.</summary>
    /// <param name="path">The store file; it is created by the first change.</param>
    /// <param name="key">The key that encrypts the file.</param>
    /// <returns>These options.</returns>
    public SecretStoreOptions UseEncryptedFile(string path, SecretStoreKey key)
    {
        Backend = new EncryptedFileSecretBackend(path, key);
        return this;
    }
}
