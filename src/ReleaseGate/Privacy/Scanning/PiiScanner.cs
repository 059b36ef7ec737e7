using System.Buffers;

namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// Finds emails, SSNs, cards, phones, IBANs and IP addresses in one left-to-right pass. A vectorized search skips
/// to the next digit, <c>@</c> or <c>:</c>; each recognizer reads a bounded window from there, and the scan never
/// moves backwards, so the work is linear in the length of the text.
/// </summary>
internal sealed class PiiScanner
{
    private static readonly SearchValues<char> Triggers = SearchValues.Create("0123456789@:");

    private readonly bool[] _enabled;

    public PiiScanner(IEnumerable<PiiKind> kinds)
    {
        _enabled = new bool[PiiKindExtensions.All.Count];
        foreach (var kind in kinds)
        {
            _enabled[(int)kind] = true;
        }
    }

    public bool IsEnabled(PiiKind kind) => _enabled[(int)kind];

    public void Find(string text, List<PiiFinding> findings)
    {
        var position = 0;
        while (position < text.Length)
        {
            var offset = text.AsSpan(position).IndexOfAny(Triggers);
            if (offset < 0)
            {
                return;
            }

            var i = position + offset;
            position = text[i] switch
            {
                '@' => FindEmail(text, i, findings),
                ':' => FindIpv6(text, i, findings),
                _ => FindNumber(text, i, findings),
            };
        }
    }

    private int FindEmail(string text, int at, List<PiiFinding> findings)
    {
        if (IsEnabled(PiiKind.Email) && EmailRecognizer.TryMatch(text, at, out var start, out var end))
        {
            findings.Add(new PiiFinding(PiiKind.Email, start, end - start, EmailRecognizer.RuleId));
            return end;
        }

        return at + 1;
    }

    private int FindIpv6(string text, int colon, List<PiiFinding> findings)
    {
        if (!IsEnabled(PiiKind.IpAddress))
        {
            return colon + 1;
        }

        if (Ipv6Recognizer.TryMatch(text, colon, out var start, out var end, out var scanned))
        {
            findings.Add(new PiiFinding(PiiKind.IpAddress, start, end - start, Ipv6Recognizer.RuleId));
            return end;
        }

        return scanned;
    }

    private int FindNumber(string text, int digit, List<PiiFinding> findings)
    {
        if (TryMatchNumber(text, digit, out var finding))
        {
            findings.Add(finding);
            return finding.End;
        }

        var next = digit + 1;
        while (next < text.Length && char.IsAsciiDigit(text[next]))
        {
            next++;
        }

        return next;
    }

    // The order matters only where two shapes could both fit; the more specific checksum-validated kinds go first.
    private bool TryMatchNumber(string text, int digit, out PiiFinding finding)
    {
        int start;
        int end;
        finding = default;
        if (IsEnabled(PiiKind.Iban) && IbanRecognizer.TryMatch(text, digit, out start, out end))
        {
            finding = new PiiFinding(PiiKind.Iban, start, end - start, IbanRecognizer.RuleId);
            return true;
        }

        if (IsEnabled(PiiKind.Phone) && PhoneRecognizer.TryMatch(text, digit, out start, out end, out var phoneRule))
        {
            finding = new PiiFinding(PiiKind.Phone, start, end - start, phoneRule);
            return true;
        }

        if (!NumberBounds.IsClearBefore(text, digit))
        {
            return false;
        }

        if (IsEnabled(PiiKind.PaymentCard) && PaymentCardRecognizer.TryMatch(text, digit, out end))
        {
            finding = new PiiFinding(PiiKind.PaymentCard, digit, end - digit, PaymentCardRecognizer.RuleId);
            return true;
        }

        if (IsEnabled(PiiKind.UsSsn) && SsnRecognizer.TryMatch(text, digit, out end))
        {
            finding = new PiiFinding(PiiKind.UsSsn, digit, end - digit, SsnRecognizer.RuleId);
            return true;
        }

        if (IsEnabled(PiiKind.IpAddress) && Ipv4Recognizer.TryMatch(text, digit, out end))
        {
            finding = new PiiFinding(PiiKind.IpAddress, digit, end - digit, Ipv4Recognizer.RuleId);
            return true;
        }

        return false;
    }
}
