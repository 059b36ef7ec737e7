#if NET9_0_OR_GREATER
using System.Buffers;
#endif
using ReleaseGate.Privacy.Credentials;

namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// Runs the shared credential catalog over a text. On .NET 9 and later a vectorized multi-string search jumps
/// straight to the next rule prefix; elsewhere the catalog's own character-by-character scan is used.
/// </summary>
internal static class CredentialFinder
{
#if NET9_0_OR_GREATER
    private static readonly SearchValues<string> OrdinalPrefixes =
        SearchValues.Create([.. CredentialMatcher.OrdinalPrefixes], StringComparison.Ordinal);

    private static readonly SearchValues<string> IgnoreCasePrefixes =
        SearchValues.Create([.. CredentialMatcher.IgnoreCasePrefixes], StringComparison.OrdinalIgnoreCase);
#endif

    public static void Find(string text, List<PiiFinding> findings)
    {
#if NET9_0_OR_GREATER
        var nextOrdinal = -1;
        var nextIgnoreCase = -1;
        var position = 0;
        while (position < text.Length)
        {
            nextOrdinal = NextAt(text, position, nextOrdinal, OrdinalPrefixes);
            nextIgnoreCase = NextAt(text, position, nextIgnoreCase, IgnoreCasePrefixes);
            var candidate = Math.Min(nextOrdinal, nextIgnoreCase);
            if (candidate == int.MaxValue)
            {
                return;
            }

            if (CredentialMatcher.TryMatchAt(text, candidate, text.Length, out var match))
            {
                findings.Add(ToFinding(match));
                position = Math.Max(match.ResumeAt, candidate + 1);
            }
            else
            {
                position = candidate + 1;
            }
        }
#else
        foreach (var match in CredentialMatcher.Scan(text))
        {
            findings.Add(ToFinding(match));
        }
#endif
    }

#if NET9_0_OR_GREATER
    // The next hit at or after position, reusing the previous search while it is still ahead.
    private static int NextAt(string text, int position, int previous, SearchValues<string> prefixes)
    {
        if (previous >= position)
        {
            return previous;
        }

        var index = text.AsSpan(position).IndexOfAny(prefixes);
        return index < 0 ? int.MaxValue : position + index;
    }
#endif

    private static PiiFinding ToFinding(CredentialMatch match) =>
        new(PiiKind.Credential, match.Start, match.Length, match.Rule.Id);
}
