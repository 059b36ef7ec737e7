namespace ReleaseGate.Privacy.Credentials;

/// <summary>A JSON Web Token: header and payload that both decode to JSON objects, and a signature.</summary>
internal static class JwtShape
{
    private const int MinSegment = 8;
    private const int MinSignature = 16;
    private const int MaxSegment = 4096;
    private const TokenChars Segment = TokenChars.UrlSafeBase64;

    /// <summary>Reads from just after the header's <c>eyJ</c>.</summary>
    public static bool TryRead(string text, int bodyStart, int limit, out int end)
    {
        end = ReadSegment(text, bodyStart, limit);
        if (end - bodyStart < MinSegment || end >= limit || text[end] != '.')
        {
            return false;
        }

        var payload = end + 1;
        if (string.CompareOrdinal(text, payload, "eyJ", 0, 3) != 0)
        {
            return false;
        }

        end = ReadSegment(text, payload, limit);
        if (end - payload < MinSegment || end >= limit || text[end] != '.')
        {
            return false;
        }

        var signature = end + 1;
        end = ReadSegment(text, signature, limit);
        return end - signature >= MinSignature && (end >= limit || !TokenCharsExtensions.IsWordChar(text[end]));
    }

    private static int ReadSegment(string text, int start, int limit)
    {
        var stop = Math.Min(limit, start + MaxSegment);
        var i = start;
        while (i < stop && Segment.Contains(text[i]))
        {
            i++;
        }

        return i;
    }
}
