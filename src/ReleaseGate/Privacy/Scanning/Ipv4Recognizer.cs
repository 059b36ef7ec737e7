namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// IPv4 addresses in dotted-decimal form: four octets of 0-255 without leading zeros. A dotted number that is
/// labelled as a version (<c>version 1.2.3.4</c>, <c>Version: 1.2.3.4</c>, <c>v 1.2.3.4</c>) or continues with more
/// parts is not an address; an unlabelled one is, because nothing else tells the two apart.
/// </summary>
internal static class Ipv4Recognizer
{
    public const string RuleId = "ipv4";
    private const int MaxLabelGap = 3;
    private const int MaxLabelLength = 9;

    private static readonly string[] VersionWords =
        ["version", "versions", "ver", "v", "build", "release", "rev", "revision"];

    public static bool TryMatch(string text, int start, out int end)
    {
        end = start;
        var i = start;
        for (var part = 0; part < 4; part++)
        {
            if (part > 0)
            {
                if (i >= text.Length || text[i] != '.')
                {
                    return false;
                }

                i++;
            }

            if (!TryReadOctet(text, ref i))
            {
                return false;
            }
        }

        end = i;
        return NumberBounds.IsClearAfter(text, end, '.') && !IsLabelledAsVersion(text, start);
    }

    private static bool TryReadOctet(string text, ref int i)
    {
        var first = i;
        var value = 0;
        while (i < text.Length && i - first < 3 && char.IsAsciiDigit(text[i]))
        {
            value = (value * 10) + (text[i] - '0');
            i++;
        }

        var length = i - first;
        return length > 0 && value <= 255 && !(length > 1 && text[first] == '0') && !NumberBounds.IsDigitAt(text, i);
    }

    // A whole version word, then at most a few separators ("version 1.2.3.4", "ver. 1.2.3.4", "Version=1.2.3.4").
    // Words that merely end in one ("server 1.2.3.4") are no label.
    private static bool IsLabelledAsVersion(string text, int start)
    {
        var wordEnd = start;
        while (wordEnd > Math.Max(0, start - MaxLabelGap) && text[wordEnd - 1] is ' ' or '\t' or ':' or '=' or '.' or '#')
        {
            wordEnd--;
        }

        var wordStart = wordEnd;
        while (wordStart > 0 && wordEnd - wordStart <= MaxLabelLength && char.IsAsciiLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (wordStart > 0 && char.IsLetterOrDigit(text[wordStart - 1]))
        {
            return false;
        }

        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        foreach (var version in VersionWords)
        {
            if (word.Equals(version, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
