namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// United States social security numbers: <c>AAA-GG-SSSS</c> or <c>AAA GG SSSS</c> with one kind of separator,
/// or nine bare digits right after a context word. Numbers the SSA never issues are rejected: area 000, 666 and
/// 900-999, group 00, serial 0000, and nine identical digits.
/// </summary>
internal static class SsnRecognizer
{
    public const string RuleId = "us-ssn";
    private const int ContextWindow = 40;
    private static readonly string[] ContextWords = ["ssn", "social security", "ss#", "ss #", "ss no"];

    public static bool TryMatch(string text, int start, out int end)
    {
        end = start;
        if (!NumberBounds.TryReadDigits(text, start, 3, out var area) || start + 3 >= text.Length)
        {
            return false;
        }

        var separator = text[start + 3];
        int group;
        int serial;
        if (separator == '-' || separator == ' ')
        {
            end = start + 11;
            if (!NumberBounds.TryReadDigits(text, start + 4, 2, out group)
                || start + 6 >= text.Length || text[start + 6] != separator
                || !NumberBounds.TryReadDigits(text, start + 7, 4, out serial))
            {
                return false;
            }
        }
        else
        {
            separator = '\0';
            end = start + 9;
            if (!NumberBounds.TryReadDigits(text, start + 3, 2, out group)
                || !NumberBounds.TryReadDigits(text, start + 5, 4, out serial)
                || !HasContextBefore(text, start))
            {
                return false;
            }
        }

        return NumberBounds.IsClearAfter(text, end, separator)
            && IsIssuable(area, group, serial)
            && !AllSameDigit(text, start, end);
    }

    private static bool IsIssuable(int area, int group, int serial) =>
        area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;

    private static bool AllSameDigit(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsAsciiDigit(text[i]) && text[i] != text[start])
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasContextBefore(string text, int start)
    {
        var from = Math.Max(0, start - ContextWindow);
        var window = text.AsSpan(from, start - from);
        foreach (var word in ContextWords)
        {
            if (window.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
