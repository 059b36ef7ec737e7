namespace ReleaseGate.Privacy.Credentials;

/// <summary>
/// A PEM block whose label names a private key, from its header through its footer. A block cut off before its
/// footer is still a leaked key, so it ends where the base64 body ends.
/// </summary>
internal static class PemShape
{
    private const int MaxLabel = 40;
    private const int MinBodyChars = 40;
    private const string Dashes = "-----";

    /// <summary>Reads from just after <c>-----BEGIN </c>.</summary>
    public static bool TryRead(string text, int bodyStart, int limit, out int end)
    {
        end = bodyStart;
        var labelEnd = text.IndexOf(Dashes, bodyStart, Math.Min(MaxLabel, limit - bodyStart), StringComparison.Ordinal);
        if (labelEnd < 0
            || text.IndexOf("PRIVATE KEY", bodyStart, labelEnd - bodyStart, StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var i = labelEnd + Dashes.Length;
        var base64 = 0;
        while (i < limit)
        {
            var c = text[i];
            if (c == '-' && StartsWith(text, i, limit, Dashes))
            {
                break;
            }

            if (TokenChars.Base64.Contains(c))
            {
                base64++;
            }
            else if (!IsBodyPunctuation(c))
            {
                break;
            }

            i++;
        }

        if (base64 < MinBodyChars)
        {
            return false;
        }

        end = TrimTrailingSpace(text, bodyStart, i);
        if (StartsWith(text, i, limit, Dashes + "END "))
        {
            var footerEnd = text.IndexOf(Dashes, i + 9, Math.Min(MaxLabel, limit - i - 9), StringComparison.Ordinal);
            end = footerEnd < 0 ? end : footerEnd + Dashes.Length;
        }

        return true;
    }

    // Line breaks (also as the two characters \n inside string literals) and encrypted-key headers.
    private static bool IsBodyPunctuation(char c) =>
        c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '\\' || c == ':' || c == ',' || c == '-';

    private static bool StartsWith(string text, int index, int limit, string value) =>
        limit - index >= value.Length && string.CompareOrdinal(text, index, value, 0, value.Length) == 0;

    private static int TrimTrailingSpace(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
