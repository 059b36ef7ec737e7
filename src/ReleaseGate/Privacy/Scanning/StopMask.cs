using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// Marks, sixteen characters at a time, the positions where the scanner has to stop: the first digit of every run
/// of ASCII digits, a few single characters, a few two-character ASCII sequences, and optionally two ASCII
/// upper-case letters in a row. One pass of vector compares and a bit mask per block replace a restarted search per
/// stop, which matters on prose, where a stop comes every few dozen characters.
/// </summary>
internal sealed class StopMask
{
    /// <summary>The number of positions one mask covers.</summary>
    public const int Width = 16;

    private const int Half = Width / 2;

    private readonly string _singles;
    private readonly Vector128<byte>[] _splats;
    private readonly bool _pairs;
    private readonly string[] _bigrams;
    private readonly (Vector128<byte> First, Vector128<byte> Second)[] _bigramSplats;

    /// <param name="singles">The single ASCII characters to stop at wherever they are, digits included.</param>
    /// <param name="pairs">Whether to stop where two upper-case ASCII letters follow each other.</param>
    /// <param name="bigrams">Two-character ASCII sequences to stop at the first character of.</param>
    public StopMask(string singles, bool pairs, IReadOnlyCollection<string>? bigrams = null)
    {
        _singles = singles;
        _splats = singles.Select(Splat).ToArray();
        _pairs = pairs;
        _bigrams = bigrams?.ToArray() ?? [];
        if (_bigrams.Any(b => b.Length != 2))
        {
            throw new ArgumentException("A stop sequence must hold exactly two characters.", nameof(bigrams));
        }

        _bigramSplats = _bigrams.Select(b => (Splat(b[0]), Splat(b[1]))).ToArray();
    }

    /// <summary>Returns one bit per stop in <c>text[block..block+Width)</c>; bit 0 is <paramref name="block"/>.</summary>
    public uint Compute(string text, int block)
    {
        if (!Vector128.IsHardwareAccelerated || text.Length - block < Width)
        {
            return ComputeScalar(text, block);
        }

        // Characters above 255 become 255, which is no stop, so the compares can run on sixteen bytes at once.
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        var byteMax = Vector128.Create((ushort)byte.MaxValue);
        var low = Vector128.Min(Vector128.LoadUnsafe(ref start, (nuint)block), byteMax);
        var high = Vector128.Min(Vector128.LoadUnsafe(ref start, (nuint)(block + Half)), byteMax);
        var chars = Vector128.Narrow(low, high);
        var hits = Vector128<byte>.Zero;
        foreach (var splat in _splats)
        {
            hits |= Vector128.Equals(chars, splat);
        }

        // Only the first digit of a run: the previous position's digit is shifted in from below.
        var digits = InRange(chars, '0', '9').ExtractMostSignificantBits();
        var carry = block > 0 && char.IsAsciiDigit(text[block - 1]) ? 1u : 0;
        var mask = hits.ExtractMostSignificantBits() | (digits & ~((digits << 1) | carry));
        if (_pairs)
        {
            // The last position pairs with the first character of the next block.
            var upper = InRange(chars, 'A', 'Z').ExtractMostSignificantBits();
            upper |= block + Width < text.Length && char.IsAsciiLetterUpper(text[block + Width]) ? 1u << Width : 0;
            mask |= upper & (upper >> 1);
        }

        for (var b = 0; b < _bigrams.Length; b++)
        {
            // The second character's compare shifted down by one marks the first; the last position pairs with
            // the first character of the next block.
            var (first, second) = _bigramSplats[b];
            var next = Vector128.Equals(chars, second).ExtractMostSignificantBits() >> 1;
            next |= block + Width < text.Length && text[block + Width] == _bigrams[b][1] ? 1u << (Width - 1) : 0;
            mask |= Vector128.Equals(chars, first).ExtractMostSignificantBits() & next;
        }

        return mask;
    }

    /// <summary>Whether position <paramref name="i"/> is a stop; the scalar twin of <see cref="Compute"/>.</summary>
    public bool IsStop(string text, int i)
    {
        var c = text[i];
        return (char.IsAsciiDigit(c) && !(i > 0 && char.IsAsciiDigit(text[i - 1])))
            || _singles.Contains(c, StringComparison.Ordinal)
            || (_pairs && CredentialAnchors.IsUpperPair(text, i))
            || _bigrams.Any(b => text.AsSpan(i).StartsWith(b, StringComparison.Ordinal));
    }

    private static Vector128<byte> Splat(char c) => Vector128.Create(checked((byte)c));

    // Unsigned "first <= c <= last" for bytes, with the compares x86 has: min and equality.
    private static Vector128<byte> InRange(Vector128<byte> chars, char first, char last)
    {
        var offset = chars - Vector128.Create((byte)first);
        return Vector128.Equals(Vector128.Min(offset, Vector128.Create((byte)(last - first))), offset);
    }

    private uint ComputeScalar(string text, int block)
    {
        var mask = 0u;
        var end = Math.Min(text.Length, block + Width);
        for (var i = block; i < end; i++)
        {
            if (IsStop(text, i))
            {
                mask |= 1u << (i - block);
            }
        }

        return mask;
    }
}
