using System.Buffers;

namespace ReleaseGate.Privacy.Scanning;

/// <summary>Validates the textual forms of IPv6 addresses (RFC 4291, section 2.2).</summary>
internal static class Ipv6Parser
{
    private const int Groups = 8;
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    public static bool IsValid(ReadOnlySpan<char> address)
    {
        var compressed = address.IndexOf("::");
        if (compressed >= 0 && address[(compressed + 2)..].Contains("::", StringComparison.Ordinal))
        {
            return false;
        }

        var hasDigit = address.IndexOfAnyInRange('0', '9') >= 0;
        if (compressed < 0)
        {
            return CountGroups(address, allowEmbeddedIpv4: true) == Groups;
        }

        var head = address[..compressed];
        var tail = address[(compressed + 2)..];
        var headGroups = head.IsEmpty ? 0 : CountGroups(head, allowEmbeddedIpv4: false);
        var tailGroups = tail.IsEmpty ? 0 : CountGroups(tail, allowEmbeddedIpv4: true);
        return headGroups >= 0 && tailGroups >= 0 && headGroups + tailGroups < Groups
            && headGroups + tailGroups > 0 && (hasDigit || IsPlausibleWithoutDigits(address));
    }

    // Without a digit, "a::b" or "Face::Cafe" is far more often a scope operator than an address. Such a compressed
    // address counts only with two groups or more, one of them four letters long, and no group mixing letter cases.
    private static bool IsPlausibleWithoutDigits(ReadOnlySpan<char> address)
    {
        var groups = 0;
        var longGroup = false;
        while (!address.IsEmpty)
        {
            var colon = address.IndexOf(':');
            var group = colon < 0 ? address : address[..colon];
            address = colon < 0 ? [] : address[(colon + 1)..];
            if (group.IsEmpty)
            {
                continue;
            }

            if (group.ContainsAnyInRange('A', 'F') && group.ContainsAnyInRange('a', 'f'))
            {
                return false;
            }

            groups++;
            longGroup |= group.Length == 4;
        }

        return groups >= 2 && longGroup;
    }

    // Returns the number of 16-bit groups, or -1 when a group is malformed.
    private static int CountGroups(ReadOnlySpan<char> part, bool allowEmbeddedIpv4)
    {
        var groups = 0;
        while (true)
        {
            var colon = part.IndexOf(':');
            var group = colon < 0 ? part : part[..colon];
            if (colon < 0 && allowEmbeddedIpv4 && group.Contains('.'))
            {
                return IsDottedQuad(group) ? groups + 2 : -1;
            }

            if (group.IsEmpty || group.Length > 4 || group.ContainsAnyExcept(HexDigits))
            {
                return -1;
            }

            groups++;
            if (colon < 0)
            {
                return groups;
            }

            part = part[(colon + 1)..];
        }
    }

    private static bool IsDottedQuad(ReadOnlySpan<char> text)
    {
        for (var part = 0; part < 4; part++)
        {
            var dot = text.IndexOf('.');
            var octet = part < 3 ? (dot < 0 ? [] : text[..dot]) : text;
            if (octet.IsEmpty || octet.Length > 3 || !int.TryParse(octet, out var value) || value > 255
                || (octet.Length > 1 && octet[0] == '0') || octet.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            text = part < 3 ? text[(dot + 1)..] : [];
        }

        return true;
    }
}
