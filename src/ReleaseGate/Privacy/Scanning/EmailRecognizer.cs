namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// Email addresses: a dot-atom local part (plus addressing included) and a domain of at least two labels whose
/// last label is alphabetic, so <c>user@localhost</c>, <c>@mention</c> and <c>a@b</c> are not addresses.
/// </summary>
internal static class EmailRecognizer
{
    public const string RuleId = "email";
    private const int MaxLocal = 64;
    private const int MaxDomain = 253;
    private const int MaxLabel = 63;
    private const int MaxUserInfo = 256;

    /// <summary>Tries the address around the <c>@</c> at <paramref name="at"/>.</summary>
    public static bool TryMatch(string text, int at, out int start, out int end)
    {
        start = at;
        while (start > 0 && at - start <= MaxLocal && IsLocalChar(text[start - 1]))
        {
            start--;
        }

        end = at;
        if (start == at || at - start > MaxLocal || text[start] == '.' || text[at - 1] == '.'
            || text.AsSpan(start, at - start).Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        end = ReadDomain(text, at + 1);
        return end > at + 1 && !IsUrlUserInfo(text, start);
    }

    // In scheme://user:password@host the part before the '@' is a login, and the credential rules own it.
    private static bool IsUrlUserInfo(string text, int localStart)
    {
        var stop = Math.Max(0, localStart - MaxUserInfo);
        for (var i = localStart - 1; i >= stop + 2; i--)
        {
            var c = text[i];
            if (c == '/' && text[i - 1] == '/' && text[i - 2] == ':')
            {
                return true;
            }

            if (c == '/' || c == '@' || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return false;
    }

    // Returns the end of the longest valid domain after the '@', or the '@' position plus one when there is none.
    private static int ReadDomain(string text, int from)
    {
        var stop = Math.Min(text.Length, from + MaxDomain);
        var labelStart = from;
        var labels = 0;
        var validEnd = from;
        var i = from;
        while (true)
        {
            while (i < stop && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            var label = text.AsSpan(labelStart, i - labelStart);
            if (label.IsEmpty || label.Length > MaxLabel || label[0] == '-' || label[^1] == '-')
            {
                break;
            }

            labels++;
            if (labels >= 2 && IsTopLevel(label))
            {
                validEnd = i;
            }

            if (i + 1 >= stop || text[i] != '.' || !char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                break;
            }

            i++;
            labelStart = i;
        }

        // A domain glued to more word characters ("a@b.com_x") is not one.
        var glued = validEnd < text.Length && validEnd == i && (text[validEnd] == '_' || text[validEnd] == '@');
        return glued ? from : validEnd;
    }

    private static bool IsTopLevel(ReadOnlySpan<char> label)
    {
        foreach (var c in label)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return label.Length >= 2;
    }

    private static bool IsLocalChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';
}
