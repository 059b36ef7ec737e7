using System.Globalization;

namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// Turns raw findings into the reported set: sorted, widened so that no surrogate pair or combining sequence is
/// split, and with overlapping findings merged into one, so that no value is ever half-replaced.
/// </summary>
internal static class FindingMerger
{
    public static List<PiiFinding> Merge(string text, List<PiiFinding> raw)
    {
        if (raw.Count == 0)
        {
            return raw;
        }

        // The scan appends in order almost always; sorting is then needless.
        if (!IsSorted(raw))
        {
            raw.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        }

        var merged = new List<PiiFinding>(raw.Count);
        var current = Widen(text, raw[0]);
        for (var k = 1; k < raw.Count; k++)
        {
            var next = Widen(text, raw[k]);
            if (next.Start < current.End)
            {
                var end = Math.Max(current.End, next.End);
                var winner = Priority(next.Kind) < Priority(current.Kind) ? next : current;
                current = winner with { Start = current.Start, Length = end - current.Start };
            }
            else
            {
                merged.Add(current);
                current = next;
            }
        }

        merged.Add(current);
        return merged;
    }

    private static bool IsSorted(List<PiiFinding> findings)
    {
        for (var k = 1; k < findings.Count; k++)
        {
            var (previous, next) = (findings[k - 1], findings[k]);
            if (next.Start < previous.Start || (next.Start == previous.Start && next.Length > previous.Length))
            {
                return false;
            }
        }

        return true;
    }

    // Lower wins. Secrets and checksum-validated numbers say more about the span than looser shapes do.
    private static int Priority(PiiKind kind) => kind switch
    {
        PiiKind.Credential => 0,
        PiiKind.PaymentCard => 1,
        PiiKind.Iban => 2,
        PiiKind.UsSsn => 3,
        PiiKind.Email => 4,
        PiiKind.Phone => 5,
        _ => 6,
    };

    private static PiiFinding Widen(string text, PiiFinding finding)
    {
        var start = finding.Start;
        var end = finding.End;
        if (start > 0 && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1]))
        {
            start--;
        }

        while (start > 0 && IsCombining(text[start]))
        {
            start--;
        }

        if (end < text.Length && end > 0 && char.IsHighSurrogate(text[end - 1]) && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        while (end < text.Length && IsCombining(text[end]))
        {
            end++;
        }

        return start == finding.Start && end == finding.End
            ? finding
            : finding with { Start = start, Length = end - start };
    }

    private static bool IsCombining(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            || c == '\u200D' || (c >= '\uFE00' && c <= '\uFE0F');
}
