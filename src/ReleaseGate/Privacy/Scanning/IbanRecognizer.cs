namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// International bank account numbers: a country code, two check digits and the national part, as one block or
/// printed in groups of four; the length must be the country's and the whole must pass the mod-97 check.
/// </summary>
internal static class IbanRecognizer
{
    public const string RuleId = "iban";

    /// <summary>Tries an IBAN whose check digits start at <paramref name="digit"/>.</summary>
    public static bool TryMatch(string text, int digit, out int start, out int end)
    {
        start = digit - 2;
        end = digit;
        if (start < 0 || !char.IsAsciiLetterUpper(text[start]) || !char.IsAsciiLetterUpper(text[start + 1])
            || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return false;
        }

        var length = IbanCountries.LengthOf(text[start], text[start + 1]);
        if (length == 0)
        {
            return false;
        }

        Span<char> compact = stackalloc char[IbanCountries.MaxLength];
        var count = 0;
        var i = start;
        while (i < text.Length && count < length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c))
            {
                compact[count++] = c;
            }
            else if (!(c == ' ' && count % 4 == 0 && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1])))
            {
                break;
            }

            i++;
        }

        end = i;
        return count == length
            && char.IsAsciiDigit(compact[2]) && char.IsAsciiDigit(compact[3])
            && (end >= text.Length || !char.IsLetterOrDigit(text[end]))
            && Mod97(compact[..count]) == 1;
    }

    // The check: move the first four characters to the end, read letters as 10..35, and take the number mod 97.
    private static int Mod97(ReadOnlySpan<char> iban)
    {
        var remainder = 0;
        for (var k = 0; k < iban.Length; k++)
        {
            var c = iban[(k + 4) % iban.Length];
            remainder = char.IsAsciiDigit(c)
                ? ((remainder * 10) + (c - '0')) % 97
                : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return remainder;
    }
}
