namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// Issuer identification ranges and the lengths each network issues. Mastercard's 2-series (2221-2720) and
/// 19-digit Visa, Discover and UnionPay numbers are included; many detectors miss them.
/// </summary>
internal static class CardIssuers
{
    public static bool IsKnownPrefixAndLength(ReadOnlySpan<byte> digits)
    {
        var n = digits.Length;
        var p2 = (digits[0] * 10) + digits[1];
        var p3 = (p2 * 10) + digits[2];
        var p4 = (p3 * 10) + digits[3];
        return IsVisa(digits[0], n)
            || (IsMastercard(p2, p4) && n == 16)
            || ((p2 == 34 || p2 == 37) && n == 15)
            || (IsDiscover(p2, p3, p4) && n >= 16)
            || (IsDiners(p2, p3) && n >= 14)
            || (p4 >= 3528 && p4 <= 3589 && n >= 16)
            || (p2 == 62 && n >= 16)
            || (p4 >= 2200 && p4 <= 2204 && n >= 16)
            || (IsMaestro(p2, p4) && n >= 13);
    }

    private static bool IsVisa(int first, int n) => first == 4 && (n == 13 || n == 16 || n == 19);

    private static bool IsMastercard(int p2, int p4) => (p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720);

    private static bool IsDiscover(int p2, int p3, int p4) => p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65;

    private static bool IsDiners(int p2, int p3) => (p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39;

    private static bool IsMaestro(int p2, int p4) => p2 == 50 || (p2 >= 56 && p2 <= 58) || p2 == 67 || p4 == 6304;
}
