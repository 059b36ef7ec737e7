namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// Decides whether a run of digits stands alone. A number glued to letters, or continuing a longer number through
/// a separator (<c>1.5</c>, <c>10:30</c>, <c>555-123-4567-89</c>), is part of something else.
/// </summary>
internal static class NumberBounds
{
    public static bool IsClearBefore(string text, int start)
    {
        if (start == 0)
        {
            return true;
        }

        var c = text[start - 1];
        if (char.IsLetterOrDigit(c) || c == '_')
        {
            return false;
        }

        return !(IsJoiner(c) && start >= 2 && char.IsAsciiDigit(text[start - 2]));
    }

    /// <summary>
    /// Stricter than <see cref="IsClearBefore"/> for long grouped numbers: a card number does not follow another
    /// group of digits after a space, so such a start is the tail of a longer number (a tracking number, say).
    /// </summary>
    public static bool IsClearBeforeGroup(string text, int start) =>
        IsClearBefore(text, start) && !(start >= 2 && text[start - 1] == ' ' && char.IsAsciiDigit(text[start - 2]));

    /// <summary>True when nothing continues the number after <paramref name="end"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="end">Index just past the number.</param>
    /// <param name="separator">The separator the number itself uses, or <c>'\0'</c>.</param>
    public static bool IsClearAfter(string text, int end, char separator)
    {
        if (end >= text.Length)
        {
            return true;
        }

        var c = text[end];
        if (char.IsLetterOrDigit(c) || c == '_')
        {
            return false;
        }

        var digitFollows = end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]);
        return !(digitFollows && (IsJoiner(c) || c == separator));
    }

    /// <summary>Reads exactly <paramref name="count"/> ASCII digits at <paramref name="index"/> as a number.</summary>
    public static bool TryReadDigits(string text, int index, int count, out int value)
    {
        value = 0;
        if (index + count > text.Length)
        {
            return false;
        }

        for (var i = index; i < index + count; i++)
        {
            var c = text[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>
    /// A quick test that every number recognizer's shape implies. A finding that starts at the run of digits
    /// <c>text[start..runEnd)</c> has nine digits or more, follows a <c>+</c> or an IBAN's country letters, or goes
    /// on after the run: a separator and more digits, <c>)</c> after a parenthesized area code, or <c>(</c> after
    /// the country code 1. Most numbers in prose ("in 1995, the") fail it.
    /// </summary>
    public static bool MayStartFinding(string text, int start, int runEnd)
    {
        if (runEnd - start >= 9 || (start > 0 && (text[start - 1] == '+' || char.IsAsciiLetterUpper(text[start - 1]))))
        {
            return true;
        }

        if (runEnd + 1 >= text.Length)
        {
            return false;
        }

        var next = text[runEnd + 1];
        return text[runEnd] switch
        {
            ' ' or '-' or '.' => char.IsAsciiDigit(next) || next == '(',
            ')' => runEnd - start == 3,
            '(' => runEnd - start == 1,
            _ => false,
        };
    }

    public static bool IsDigitAt(string text, int index) => index < text.Length && char.IsAsciiDigit(text[index]);

    private static bool IsJoiner(char c) => c is '.' or ',' or '-' or '/' or ':';
}
