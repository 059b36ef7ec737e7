using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace ReleaseGate.Secrets;

/// <summary>
/// The 256-bit key that encrypts a secret store file, read from a key file or an environment variable holding
/// the key in base64. Like <see cref="SecretValue"/>, it never shows its content.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SecretStoreKey
{
    /// <summary>The key size in bytes.</summary>
    public const int SizeInBytes = 32;

    /// <summary>The environment variable the command-line tool reads the key from by default.</summary>
    public const string DefaultEnvironmentVariable = "RELEASEGATE_SECRETS_KEY";

    private const string HowToMakeOne =
        "A key is 32 random bytes in base64: create one with 'releasegate secrets new-key --key-file FILE' "
        + "or 'openssl rand -base64 32'.";

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly byte[] _key;

    private SecretStoreKey(byte[] key)
    {
        _key = key;
    }

    /// <summary>Makes a new key from the operating system's cryptographic random number generator.</summary>
    /// <returns>The new key.</returns>
    public static SecretStoreKey Generate() => new(RandomNumberGenerator.GetBytes(SizeInBytes));

    /// <summary>Reads a key from a file that holds it in base64 (surrounding white space is ignored).</summary>
    /// <param name="path">The key file.</param>
    /// <returns>The key.</returns>
    /// <exception cref="SecretStoreException">The file does not exist or does not hold a key.</exception>
    public static SecretStoreKey FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new SecretStoreException(ReleaseGateErrorCodes.PathNotFound,
                $"The key file '{path}' does not exist. Check the path. {HowToMakeOne}");
        }

        return Parse(File.ReadAllText(path), $"the key file '{path}'");
    }

    /// <summary>Reads a key from an environment variable that holds it in base64.</summary>
    /// <param name="variable">The variable's name; <see cref="DefaultEnvironmentVariable"/> by default.</param>
    /// <returns>The key.</returns>
    /// <exception cref="SecretStoreException">The variable is not set or does not hold a key.</exception>
    public static SecretStoreKey FromEnvironment(string variable = DefaultEnvironmentVariable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variable);
        var text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SecretStoreException(ReleaseGateErrorCodes.SecretStoreKeyInvalid,
                $"The environment variable {variable} is not set. Set it to the store's key, or pass a key file. "
                + HowToMakeOne);
        }

        return Parse(text, $"the environment variable {variable}");
    }

    /// <summary>
    /// Writes the key in base64 to a new file that only the current user can read. An existing file is never
    /// replaced, because the store it encrypts would become unreadable.
    /// </summary>
    /// <param name="path">The key file to create.</param>
    /// <exception cref="IOException">The file already exists or cannot be written.</exception>
    public void WriteToFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var text = Encoding.ASCII.GetBytes(Convert.ToBase64String(_key) + "\n");
        try
        {
            AtomicFile.WriteNew(path, text);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(text);
        }
    }

    /// <summary>Returns a placeholder that never contains the key.</summary>
    /// <returns><c>SecretStoreKey(hidden)</c>.</returns>
    public override string ToString() => "SecretStoreKey(hidden)";

    /// <summary>Derives a sub-key for one purpose, so the file key and the key check never share bytes.</summary>
    internal byte[] Derive(string purpose, int length) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _key, length, info: Encoding.UTF8.GetBytes(purpose));

    private static SecretStoreKey Parse(string text, string source)
    {
        var buffer = new byte[text.Length];
        try
        {
            if (!Convert.TryFromBase64String(text.Trim(), buffer, out var written) || written != SizeInBytes)
            {
                throw new SecretStoreException(ReleaseGateErrorCodes.SecretStoreKeyInvalid,
                    $"{char.ToUpperInvariant(source[0])}{source[1..]} does not hold a key. {HowToMakeOne}");
            }

            return new SecretStoreKey(buffer[..SizeInBytes]);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }
}
