using System.Globalization;
using System.Numerics;

namespace ReleaseGate.Privacy.Corpus;

/// <summary>Check digits, computed independently of the engine under test.</summary>
public static class Checksums
{
    public static char LuhnCheckDigit(string digitsWithoutCheck)
    {
        var sum = 0;
        var doubleIt = true;
        for (var i = digitsWithoutCheck.Length - 1; i >= 0; i--)
        {
            var d = digitsWithoutCheck[i] - '0';
            if (doubleIt)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    /// <summary>The two IBAN check digits for a country code and national part (ISO 13616).</summary>
    public static string IbanCheckDigits(string country, string bban)
    {
        var rearranged = bban + country + "00";
        var numeric = string.Concat(rearranged.Select(c => char.IsDigit(c)
            ? c.ToString()
            : (c - 'A' + 10).ToString(CultureInfo.InvariantCulture)));
        var remainder = (int)(BigInteger.Parse(numeric, CultureInfo.InvariantCulture) % 97);
        return (98 - remainder).ToString("00", CultureInfo.InvariantCulture);
    }
}
