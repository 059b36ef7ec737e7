namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// Payment card numbers: 13 to 19 digits, optionally grouped with one kind of separator (space or dash), a
/// length and prefix that some issuer uses, and a valid Luhn check digit.
/// </summary>
internal static class PaymentCardRecognizer
{
    public const string RuleId = "payment-card";
    private const int MinDigits = 13;
    private const int MaxDigits = 19;

    public static bool TryMatch(string text, int start, out int end)
    {
        end = start;
        if (!NumberBounds.IsClearBeforeGroup(text, start))
        {
            return false;
        }

        Span<byte> digits = stackalloc byte[MaxDigits];
        end = GroupedDigits.Read(text, start, " -", digits, out var count, out var separator);
        if (count < MinDigits || count > MaxDigits)
        {
            return false;
        }

        var number = digits[..count];
        return NumberBounds.IsClearAfter(text, end, separator)
            && CardIssuers.IsKnownPrefixAndLength(number)
            && Luhn.IsValid(number);
    }
}
