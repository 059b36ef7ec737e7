using System.Numerics;

namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// Finds every kind in one left-to-right pass. Vector compares mark the characters that can take part in a
/// finding (digits, <c>@</c>, <c>:</c> and the <see cref="CredentialAnchors">credential anchors</see>) sixteen at
/// a time, and only those positions are looked at. Each recognizer reads a bounded window from there, and neither
/// the recognizers nor the credential catalog ever go back before where they stopped, so the work is linear in the
/// length of the text.
/// </summary>
internal sealed class PiiScanner
{
    private const string Triggers = "@:";

    private readonly bool[] _enabled;
    private readonly bool _credentials;
    private readonly StopMask _stops;

    public PiiScanner(IEnumerable<PiiKind> kinds)
    {
        _enabled = new bool[PiiKindExtensions.All.Count];
        foreach (var kind in kinds)
        {
            _enabled[(int)kind] = true;
        }

        _credentials = IsEnabled(PiiKind.Credential);
        var singles = _credentials ? Triggers + CredentialAnchors.Characters : Triggers;
        _stops = new StopMask(
            string.Concat(singles.Distinct()),
            _credentials && CredentialAnchors.PairReach >= 0,
            _credentials ? CredentialAnchors.LiteralHeads : null);
    }

    public void Find(string text, List<PiiFinding> findings)
    {
        // The recognizers and the credential catalog each resume at their own position; one mask serves both.
        var scanAt = 0;
        var credentialAt = 0;
        for (var block = 0; block < text.Length; block += StopMask.Width)
        {
            var mask = _stops.Compute(text, block);
            while (mask != 0)
            {
                var i = block + BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                if (i >= scanAt)
                {
                    scanAt = Recognize(text, i, findings, scanAt);
                }

                if (i >= credentialAt && _credentials && CredentialAnchors.TryGetReach(text, i, out var reach))
                {
                    credentialAt = CredentialFinder.FindInWindow(text, Math.Max(credentialAt, i - reach), i, findings);
                }
            }
        }
    }

    private bool IsEnabled(PiiKind kind) => _enabled[(int)kind];

    private int Recognize(string text, int i, List<PiiFinding> findings, int scanAt) => text[i] switch
    {
        '@' => FindEmail(text, i, findings),
        ':' => FindIpv6(text, i, findings),
        >= '0' and <= '9' => FindNumber(text, i, findings),
        _ => scanAt,
    };

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
        var runEnd = digit + 1;
        while (runEnd < text.Length && char.IsAsciiDigit(text[runEnd]))
        {
            runEnd++;
        }

        if (NumberBounds.MayStartFinding(text, digit, runEnd) && TryMatchNumber(text, digit, out var finding))
        {
            findings.Add(finding);
            return finding.End;
        }

        return runEnd;
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
