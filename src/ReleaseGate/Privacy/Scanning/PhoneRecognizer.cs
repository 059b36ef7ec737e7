namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// Phone numbers. North American numbers: <c>(NPA) NXX-XXXX</c>, <c>NPA-NXX-XXXX</c>, <c>NPA.NXX.XXXX</c>,
/// <c>NPA NXX XXXX</c>, optionally after <c>+1</c> or <c>1-</c>; ten bare digits only with <c>+1</c>.
/// International numbers: <c>+</c>, a country code and 8 to 15 digits in groups with one kind of separator, with
/// the national trunk prefix optionally written after the country code in parentheses (<c>+44 (0)20 7946 0958</c>).
/// Dates, times, versions and prices do not have these shapes, and a longer number they are part of is rejected.
/// </summary>
internal static class PhoneRecognizer
{
    public const string NanpRuleId = "phone-nanp";
    public const string InternationalRuleId = "phone-international";
    private const int MinInternationalDigits = 8;
    private const int MaxInternationalDigits = 15;
    private const int MaxCountryCodeDigits = 3;
    private const string TrunkPrefix = "(0)";

    public static bool TryMatch(string text, int digit, out int start, out int end, out string ruleId)
    {
        ruleId = NanpRuleId;
        if (TryMatchNanp(text, digit, out start, out end))
        {
            return true;
        }

        ruleId = InternationalRuleId;
        return TryMatchInternational(text, digit, out start, out end);
    }

    private static bool TryMatchNanp(string text, int digit, out int start, out int end)
    {
        start = digit;
        end = digit;
        var i = digit;
        var plus = digit > 0 && text[digit - 1] == '+';
        var countryCode = text[digit] == '1' && (i + 1 < text.Length) && text[i + 1] is ' ' or '-' or '.' or '(';
        if (countryCode)
        {
            i += text[i + 1] == '(' ? 1 : 2;
        }
        else if (plus)
        {
            return false;
        }

        var paren = i < text.Length && text[i] == '(';
        if (paren)
        {
            i++;
        }
        else if (!countryCode && digit > 0 && text[digit - 1] == '(')
        {
            paren = true;
            start = digit - 1;
        }

        if (plus)
        {
            start = digit - 1;
        }

        if (!TryReadNxx(text, i, out _))
        {
            return false;
        }

        i += 3;
        char separator;
        if (paren)
        {
            if (i >= text.Length || text[i] != ')')
            {
                return false;
            }

            i++;
            separator = i < text.Length && text[i] == ' ' ? ' ' : '\0';
            i += separator == ' ' ? 1 : 0;
        }
        else
        {
            separator = i < text.Length && text[i] is '-' or '.' or ' ' ? text[i] : '\0';
            if (separator == '\0' && !(plus && countryCode))
            {
                return false;
            }

            i += separator == '\0' ? 0 : 1;
        }

        if (!TryReadNxx(text, i, out _))
        {
            return false;
        }

        i += 3;
        var last = i < text.Length && text[i] is '-' or '.' or ' ' ? text[i] : '\0';
        if (!paren && last != separator)
        {
            return false;
        }

        i += last == '\0' ? 0 : 1;
        if (!NumberBounds.TryReadDigits(text, i, 4, out _))
        {
            return false;
        }

        end = i + 4;
        return IsClearOutside(text, start, end, last);
    }

    private static bool TryMatchInternational(string text, int digit, out int start, out int end)
    {
        start = digit - 1;
        end = digit;
        if (digit == 0 || text[digit - 1] != '+' || text[digit] == '0')
        {
            return false;
        }

        Span<byte> digits = stackalloc byte[MaxInternationalDigits];
        end = GroupedDigits.Read(text, digit, " -.", digits, out var count, out var separator);
        if (count <= MaxCountryCodeDigits && TrySkipTrunkPrefix(text, end, out var national))
        {
            // The trunk digit is not dialled from abroad, so it is not counted.
            end = GroupedDigits.Read(text, national, " -.", digits[count..], out var more, out separator);
            count += more;
        }

        return count >= MinInternationalDigits && count <= MaxInternationalDigits
            && IsClearOutside(text, start, end, separator);
    }

    // " (0)" or "(0)" after the country code, then an optional space before the national number.
    private static bool TrySkipTrunkPrefix(string text, int index, out int national)
    {
        national = index;
        if (national < text.Length && text[national] == ' ')
        {
            national++;
        }

        if (string.CompareOrdinal(text, national, TrunkPrefix, 0, TrunkPrefix.Length) != 0)
        {
            return false;
        }

        national += TrunkPrefix.Length;
        if (national < text.Length && text[national] == ' ')
        {
            national++;
        }

        return NumberBounds.IsDigitAt(text, national);
    }

    // An area code or exchange: three digits, the first 2-9, and not an N11 service code.
    private static bool TryReadNxx(string text, int index, out int value) =>
        NumberBounds.TryReadDigits(text, index, 3, out value) && value >= 200 && value % 100 != 11;

    private static bool IsClearOutside(string text, int start, int end, char separator)
    {
        if (start > 0 && text[start - 1] is '$' or '€' or '£' or '¥' or '#')
        {
            return false;
        }

        return NumberBounds.IsClearBefore(text, start) && NumberBounds.IsClearAfter(text, end, separator);
    }
}
