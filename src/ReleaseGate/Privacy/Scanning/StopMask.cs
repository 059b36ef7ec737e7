using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// Marks, thirty-two characters at a time, the positions where the scanner has to stop: the first digit of every
/// run of ASCII digits, a few single characters, a few two-character ASCII sequences, and optionally two ASCII
/// upper-case letters in a row. One pass of vector compares and a bit mask per block replace a restarted search per
/// stop, which matters on prose, where a stop comes every few dozen characters.
/// </summary>
internal sealed class StopMask
{
    /// <summary>The number of positions one mask covers.</summary>
    public const int Width = 32;

    private const int Half = Width / 2;

    private readonly string _singles;
    private readonly bool _pairs;
    private readonly string[] _bigrams;
    private readonly bool _wide;

    // The compares are set up once: the singles, whose hits are or-ed together, and the distinct characters of the
    // sequences, whose hits Combine pairs up through the indices.
    private readonly Vector256<byte>[] _singles256;
    private readonly Vector128<byte>[] _singles128;
    private readonly Vector256<byte>[] _sequenceChars256;
    private readonly Vector128<byte>[] _sequenceChars128;
    private readonly (int First, int Second)[] _sequenceIndices;

    /// <param name="singles">The single ASCII characters to stop at wherever they are, digits included.</param>
    /// <param name="pairs">Whether to stop where two upper-case ASCII letters follow each other.</param>
    /// <param name="bigrams">Two-character ASCII sequences to stop at the first character of.</param>
    /// <param name="wide">Whether to use 32-byte vectors where the processor has them (tests turn it off).</param>
    public StopMask(string singles, bool pairs, IReadOnlyCollection<string>? bigrams = null, bool wide = true)
    {
        if (singles.Any(c => c > 127) || bigrams?.Any(b => b.Length != 2 || b.Any(c => c > 127)) == true)
        {
            throw new ArgumentException("Stops must be ASCII, and a stop sequence exactly two characters.");
        }

        _singles = singles;
        _pairs = pairs;
        _bigrams = bigrams?.ToArray() ?? [];
        _wide = wide && Vector256.IsHardwareAccelerated;
        var sequenceChars = string.Concat(string.Concat(_bigrams).Distinct());
        _sequenceIndices = _bigrams
            .Select(b => (sequenceChars.IndexOf(b[0], StringComparison.Ordinal),
                sequenceChars.IndexOf(b[1], StringComparison.Ordinal)))
            .ToArray();
        _singles256 = singles.Select(c => Vector256.Create((byte)c)).ToArray();
        _singles128 = singles.Select(c => Vector128.Create((byte)c)).ToArray();
        _sequenceChars256 = sequenceChars.Select(c => Vector256.Create((byte)c)).ToArray();
        _sequenceChars128 = sequenceChars.Select(c => Vector128.Create((byte)c)).ToArray();
    }

    /// <summary>Returns one bit per stop in <c>text[block..block+Width)</c>; bit 0 is <paramref name="block"/>.</summary>
    public uint Compute(string text, int block)
    {
        if (text.Length - block < Width || !Vector128.IsHardwareAccelerated)
        {
            return ComputeScalar(text, block);
        }

        return _wide ? Compute256(text, block) : Compute128(text, block) | (Compute128(text, block + Half) << Half);
    }

    // Characters above 255 become 255, which is no stop, so the compares run on bytes.
    private uint Compute256(string text, int block)
    {
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        var byteMax = Vector256.Create((ushort)byte.MaxValue);
        var chars = Vector256.Narrow(
            Vector256.Min(Vector256.LoadUnsafe(ref start, (nuint)block), byteMax),
            Vector256.Min(Vector256.LoadUnsafe(ref start, (nuint)(block + Vector256<ushort>.Count)), byteMax));
        var hits = Vector256<byte>.Zero;
        foreach (var single in _singles256)
        {
            hits |= Vector256.Equals(chars, single);
        }

        Span<uint> sequenceChars = stackalloc uint[_sequenceChars256.Length];
        for (var k = 0; k < sequenceChars.Length; k++)
        {
            sequenceChars[k] = Vector256.Equals(chars, _sequenceChars256[k]).ExtractMostSignificantBits();
        }

        var upper = _pairs ? InRange(chars, 'A', 'Z').ExtractMostSignificantBits() : 0;
        var digits = InRange(chars, '0', '9').ExtractMostSignificantBits();
        return Combine(text, block, Width, hits.ExtractMostSignificantBits(), digits, upper, sequenceChars);
    }

    // The same for sixteen positions, for processors without 32-byte vectors.
    private uint Compute128(string text, int block)
    {
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        var byteMax = Vector128.Create((ushort)byte.MaxValue);
        var chars = Vector128.Narrow(
            Vector128.Min(Vector128.LoadUnsafe(ref start, (nuint)block), byteMax),
            Vector128.Min(Vector128.LoadUnsafe(ref start, (nuint)(block + Vector128<ushort>.Count)), byteMax));
        var hits = Vector128<byte>.Zero;
        foreach (var single in _singles128)
        {
            hits |= Vector128.Equals(chars, single);
        }

        Span<uint> sequenceChars = stackalloc uint[_sequenceChars128.Length];
        for (var k = 0; k < sequenceChars.Length; k++)
        {
            sequenceChars[k] = Vector128.Equals(chars, _sequenceChars128[k]).ExtractMostSignificantBits();
        }

        var upper = _pairs ? InRange(chars, 'A', 'Z').ExtractMostSignificantBits() : 0;
        var digits = InRange(chars, '0', '9').ExtractMostSignificantBits();
        return Combine(text, block, Half, hits.ExtractMostSignificantBits(), digits, upper, sequenceChars);
    }

    // The rules that look at neighbours, on one bit per position: a digit run starts where the previous position
    // holds no digit (the character before the block included), and an upper-case pair or a sequence at the last
    // position pairs with the character after the block.
    private uint Combine(
        string text, int block, int width, uint hits, uint digits, uint upper, ReadOnlySpan<uint> sequenceChars)
    {
        var after = block + width < text.Length ? text[block + width] : '\0';
        var carry = block > 0 && char.IsAsciiDigit(text[block - 1]) ? 1u : 0;
        var mask = hits | (digits & ~((digits << 1) | carry));
        if (_pairs)
        {
            var pairs = upper | (char.IsAsciiLetterUpper(after) ? 1ul << width : 0);
            mask |= (uint)(pairs & (pairs >> 1));
        }

        for (var b = 0; b < _bigrams.Length; b++)
        {
            var (first, second) = _sequenceIndices[b];
            var next = sequenceChars[second] | (after == _bigrams[b][1] ? 1ul << width : 0);
            mask |= sequenceChars[first] & (uint)(next >> 1);
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

    // Unsigned "first <= c <= last" for bytes, with the compares x86 has: min and equality.
    private static Vector128<byte> InRange(Vector128<byte> chars, char first, char last)
    {
        var offset = chars - Vector128.Create((byte)first);
        return Vector128.Equals(Vector128.Min(offset, Vector128.Create((byte)(last - first))), offset);
    }

    private static Vector256<byte> InRange(Vector256<byte> chars, char first, char last)
    {
        var offset = chars - Vector256.Create((byte)first);
        return Vector256.Equals(Vector256.Min(offset, Vector256.Create((byte)(last - first))), offset);
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
