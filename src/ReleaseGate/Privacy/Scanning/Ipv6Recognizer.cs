namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// IPv6 addresses, full or compressed (<c>::</c>), optionally ending in an embedded IPv4 address. Times
/// (<c>10:30:00</c>), MAC addresses and <c>Type::Member</c> do not parse: without <c>::</c> an address needs eight
/// groups, and a compressed one without digits needs two groups, one of four letters, none in mixed case.
/// </summary>
internal static class Ipv6Recognizer
{
    public const string RuleId = "ipv6";
    private const int MaxLength = 45;

    /// <summary>
    /// Tries the address around the colon at <paramref name="colon"/>. <paramref name="scanned"/> is where the
    /// candidate run ends, so a caller that fails can skip it.
    /// </summary>
    public static bool TryMatch(string text, int colon, out int start, out int end, out int scanned)
    {
        start = colon;
        while (start > 0 && colon - start < 4 && char.IsAsciiHexDigit(text[start - 1]))
        {
            start--;
        }

        end = colon;
        scanned = colon + 1;
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is ':' or '.' or '_'))
        {
            return false;
        }

        var stop = Math.Min(text.Length, start + MaxLength);
        end = start;
        while (end < stop && (char.IsAsciiHexDigit(text[end]) || text[end] is ':' or '.'))
        {
            end++;
        }

        scanned = Math.Max(end, colon + 1);
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is ':' or '_'))
        {
            return false;
        }

        // Sentence punctuation after an address is not part of it.
        if (end > start && text[end - 1] == '.')
        {
            end--;
        }
        else if (end - start >= 2 && text[end - 1] == ':' && text[end - 2] != ':')
        {
            end--;
        }

        return Ipv6Parser.IsValid(text.AsSpan(start, end - start));
    }
}
