using System.Globalization;
using System.Text;

namespace ReleaseGate.Indexing;

/// <summary>
/// The default chunker: packs whole paragraphs (separated by blank lines) into chunks of at most
/// <see cref="MaxChars"/> characters, repeating the tail of one chunk at the head of the next so that a
/// sentence on a boundary is found from either side. A paragraph longer than the limit is cut at the last
/// whitespace before it.
/// </summary>
public sealed class ParagraphChunker : ITextChunker
{
    /// <summary>Creates a chunker.</summary>
    /// <param name="maxChars">The largest chunk, in UTF-16 characters (at least 64).</param>
    /// <param name="overlapChars">How much of a chunk's end is repeated in the next one (less than half of
    /// <paramref name="maxChars"/>).</param>
    public ParagraphChunker(int maxChars = 1000, int overlapChars = 100)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 64);
        ArgumentOutOfRangeException.ThrowIfNegative(overlapChars);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(overlapChars, maxChars / 2);
        MaxChars = maxChars;
        OverlapChars = overlapChars;
    }

    /// <summary>The largest chunk, in characters.</summary>
    public int MaxChars { get; }

    /// <summary>The characters repeated between neighbouring chunks.</summary>
    public int OverlapChars { get; }

    /// <inheritdoc />
    public string Settings => string.Create(
        CultureInfo.InvariantCulture, $"paragraph(max={MaxChars},overlap={OverlapChars})");

    /// <inheritdoc />
    public IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chunks = new List<string>();
        var current = new StringBuilder();

        // True while current holds text that no finished chunk contains yet.
        var fresh = false;
        foreach (var piece in Pieces(text))
        {
            if (fresh && current.Length + 2 + piece.Length > MaxChars)
            {
                var finished = current.ToString();
                chunks.Add(finished);
                current.Clear().Append(Overlap(finished));
            }

            if (current.Length > 0)
            {
                current.Append("\n\n");
            }

            current.Append(piece);
            fresh = true;
        }

        if (fresh)
        {
            chunks.Add(current.ToString());
        }

        return chunks;
    }

    // Paragraphs, with any paragraph longer than what fits next to an overlap cut at whitespace.
    private IEnumerable<string> Pieces(string text)
    {
        var room = MaxChars - OverlapChars - 2;
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var rest = paragraph;
            while (rest.Length > room)
            {
                var cut = rest.LastIndexOfAny([' ', '\n', '\t'], room - 1, room / 2);
                var length = cut > 0 ? cut : room;
                yield return rest[..length].TrimEnd();
                rest = rest[length..].TrimStart();
            }

            if (rest.Length > 0)
            {
                yield return rest;
            }
        }
    }

    // The tail of a chunk, starting at a word boundary, that opens the next chunk.
    private string Overlap(string chunk)
    {
        if (chunk.Length <= OverlapChars)
        {
            return chunk;
        }

        var start = chunk.Length - OverlapChars;
        var space = chunk.IndexOfAny([' ', '\n'], start);
        return space < 0 ? chunk[start..] : chunk[(space + 1)..];
    }
}
