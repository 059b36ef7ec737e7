using System.Security.Cryptography;

namespace ReleaseGate.Secrets;

/// <summary>
/// The layout of an encrypted store file: a header, then the AES-GCM nonce, tag and ciphertext.
/// </summary>
/// <remarks>
/// Header: 4 bytes <c>RGSS</c>, 1 byte format version, 16 bytes key check. The key check is derived from the key
/// (HKDF, its own purpose string), so a wrong key is told apart from a tampered file before decryption. The whole
/// header is the associated data of the encryption, so changing any of it fails authentication too.
/// </remarks>
internal static class SecretFileFormat
{
    private const byte FormatVersion = 1;

    private const int KeyCheckSize = 16;

    private const int HeaderSize = 4 + 1 + KeyCheckSize;

    private const int NonceSize = 12;

    private const int TagSize = 16;

    private const string EncryptionPurpose = "ReleaseGate secret store encryption v1";

    private static readonly byte[] Magic = "RGSS"u8.ToArray();

    public static byte[] Encrypt(ReadOnlySpan<byte> plaintext, SecretStoreKey key)
    {
        var file = new byte[HeaderSize + NonceSize + TagSize + plaintext.Length];
        WriteHeader(file.AsSpan(0, HeaderSize), key);
        var nonce = file.AsSpan(HeaderSize, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        var fileKey = key.Derive(EncryptionPurpose, SecretStoreKey.SizeInBytes);
        try
        {
            using var aes = new AesGcm(fileKey, TagSize);
            aes.Encrypt(nonce, plaintext, Ciphertext(file), file.AsSpan(HeaderSize + NonceSize, TagSize),
                file.AsSpan(0, HeaderSize));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(fileKey);
        }

        return file;
    }

    public static byte[] Decrypt(byte[] file, SecretStoreKey key, string path)
    {
        if (file.Length < HeaderSize + NonceSize + TagSize || !file.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new SecretStoreException(ReleaseGateErrorCodes.SecretStoreUnreadable,
                $"'{path}' is not a ReleaseGate secret store (its header is missing or cut short). Nothing was "
                + "loaded. Check the path, or restore the file from a backup.");
        }

        if (file[Magic.Length] != FormatVersion)
        {
            throw new SecretStoreException(ReleaseGateErrorCodes.SecretStoreUnreadable,
                $"The secret store '{path}' has format version {file[Magic.Length]}; this version of ReleaseGate "
                + $"reads version {FormatVersion}. Nothing was loaded. Use the ReleaseGate version that wrote it.");
        }

        Span<byte> expected = stackalloc byte[HeaderSize];
        WriteHeader(expected, key);
        if (!CryptographicOperations.FixedTimeEquals(expected, file.AsSpan(0, HeaderSize)))
        {
            throw new SecretStoreException(ReleaseGateErrorCodes.SecretStoreWrongKey,
                $"The secret store '{path}' was encrypted with a different key than the one given (or its header "
                + "was altered). Nothing was loaded. Pass the key the store was created with.");
        }

        return Open(file, key, path);
    }

    private static byte[] Open(byte[] file, SecretStoreKey key, string path)
    {
        var plaintext = new byte[file.Length - HeaderSize - NonceSize - TagSize];
        var fileKey = key.Derive(EncryptionPurpose, SecretStoreKey.SizeInBytes);
        try
        {
            using var aes = new AesGcm(fileKey, TagSize);
            aes.Decrypt(file.AsSpan(HeaderSize, NonceSize), Ciphertext(file),
                file.AsSpan(HeaderSize + NonceSize, TagSize), plaintext, file.AsSpan(0, HeaderSize));
            return plaintext;
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new SecretStoreException(ReleaseGateErrorCodes.SecretStoreTampered,
                $"The secret store '{path}' failed its integrity check: it was changed after ReleaseGate wrote it, "
                + "or it is damaged. Nothing was loaded. Restore the file from a backup; never edit it by hand.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(fileKey);
        }
    }

    private static Span<byte> Ciphertext(byte[] file) => file.AsSpan(HeaderSize + NonceSize + TagSize);

    private static void WriteHeader(Span<byte> header, SecretStoreKey key)
    {
        Magic.CopyTo(header);
        header[Magic.Length] = FormatVersion;
        var check = key.Derive("ReleaseGate secret store key check v1", KeyCheckSize);
        check.CopyTo(header[(Magic.Length + 1)..]);
    }
}
