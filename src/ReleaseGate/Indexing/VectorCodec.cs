using System.Runtime.InteropServices;

namespace ReleaseGate.Indexing;

/// <summary>Vectors are stored as little-endian float32 blobs, the layout of the array in memory.</summary>
internal static class VectorCodec
{
    public static byte[] Encode(ReadOnlySpan<float> vector)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The index stores vectors little-endian; this machine is not.");
        }

        return MemoryMarshal.AsBytes(vector).ToArray();
    }

    public static float[] Decode(ReadOnlySpan<byte> blob)
    {
        return MemoryMarshal.Cast<byte, float>(blob).ToArray();
    }

    public static void DecodeInto(ReadOnlySpan<byte> blob, Span<float> destination)
    {
        MemoryMarshal.Cast<byte, float>(blob).CopyTo(destination);
    }
}
