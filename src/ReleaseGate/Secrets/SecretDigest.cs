using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace ReleaseGate.Secrets;

/// <summary>
/// Hashes values to fixed-length SHA-256 digests. Comparing digests instead of the values themselves keeps the
/// comparison's running time independent of the stored value's length.
/// </summary>
internal static class SecretDigest
{
    public const int Length = SHA256.HashSizeInBytes;

    private const int StackLimit = 512;

    public static byte[] Compute(ReadOnlySpan<char> value)
    {
        var digest = new byte[Length];
        Compute(value, digest);
        return digest;
    }

    public static void Compute(ReadOnlySpan<char> value, Span<byte> digest)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(value.Length);
        byte[]? rented = null;
        var buffer = maxBytes <= StackLimit
            ? stackalloc byte[StackLimit]
            : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        var written = 0;
        try
        {
            written = Encoding.UTF8.GetBytes(value, buffer);
            SHA256.HashData(buffer[..written], digest);
        }
        finally
        {
            // The buffer held the plain value; clear it before the memory is reused.
            CryptographicOperations.ZeroMemory(buffer[..written]);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
