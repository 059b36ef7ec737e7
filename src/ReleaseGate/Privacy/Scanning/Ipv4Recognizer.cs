namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// IPv4 addresses in dotted-decimal form: four octets of 0-255 without leading zeros. A dotted number that is
/// labelled as a version (<c>version 1.2.3.4</c>) or continues with more parts is not an address.
/// </summary>
internal static class Ipv4Recognizer
{
    public const string RuleId = "ipv4";
    private static readonly string[] VersionWords = ["version ", "ver ", "v", "build ", "release "];

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

    private static bool IsLabelledAsVersion(string text, int start)
    {
        foreach (var word in VersionWords)
        {
            if (start >= word.Length
                && text.AsSpan(start - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
