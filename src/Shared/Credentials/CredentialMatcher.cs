namespace ReleaseGate.Privacy.Credentials;

/// <summary>
/// Finds credentials in a string in one left-to-right pass. Every rule is anchored on a literal prefix and reads a
/// bounded amount of text after it, and a failed attempt never makes the scan go back, so the work is linear in
/// the length of the input whatever it contains.
/// </summary>
internal static class CredentialMatcher
{
    private const int Ascii = 128;

    private static readonly CredentialRule[]?[] RulesByFirstChar = IndexByFirstChar();

    // For each first character, a 128-bit set of the second characters some prefix continues with. Most
    // positions in prose start no prefix, and this rejects them before any rule is tried.
    private static readonly ulong[] SecondChars = IndexSecondChars();

    /// <summary>Returns every credential in <paramref name="text"/>, in order, without overlaps.</summary>
    public static List<CredentialMatch> Scan(string text) => Scan(text, 0, text.Length);

    /// <summary>Returns every credential inside the window <c>text[start..start+length)</c>.</summary>
    public static List<CredentialMatch> Scan(string text, int start, int length)
    {
        var matches = new List<CredentialMatch>();
        var end = start + length;
        var i = start;
        while (i < end)
        {
            if (TryMatchAt(text, i, end, out var match))
            {
                matches.Add(match);
                i = Math.Max(match.ResumeAt, i + 1);
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    /// <summary>
    /// Tries every rule whose prefix starts at <paramref name="index"/>, reading no further than
    /// <paramref name="limit"/>; the first rule that matches wins.
    /// </summary>
    public static bool TryMatchAt(string text, int index, int limit, out CredentialMatch match)
    {
        var first = text[index];
        var candidates = first < Ascii ? RulesByFirstChar[first] : null;
        if (candidates != null && (index + 1 >= limit || MayFollow(first, text[index + 1])))
        {
            foreach (var rule in candidates)
            {
                if (StartsWithPrefix(text, index, limit, rule)
                    && HasBoundaryBefore(text, index, rule)
                    && CredentialShapes.TryRead(text, index, limit, rule, out match))
                {
                    return true;
                }
            }
        }

        match = default;
        return false;
    }

    // A plain loop: prefixes are short, and most candidates differ in their second character.
    private static bool StartsWithPrefix(string text, int index, int limit, CredentialRule rule)
    {
        var prefix = rule.Prefix;
        if (limit - index < prefix.Length)
        {
            return false;
        }

        for (var k = 1; k < prefix.Length; k++)
        {
            var c = text[index + k];
            var p = prefix[k];
            if (c != p && !(rule.IgnoreCase && IsAsciiLetter(p) && (c | 0x20) == (p | 0x20)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    // A credential that starts inside a longer token of the same alphabet is a coincidence, not a credential.
    private static bool HasBoundaryBefore(string text, int index, CredentialRule rule)
    {
        if (index == 0 || !TokenCharsExtensions.IsWordChar(rule.Prefix[0]))
        {
            return true;
        }

        var previous = text[index - 1];
        return !TokenCharsExtensions.IsWordChar(previous) && !rule.Body.Contains(previous);
    }

    private static CredentialRule[]?[] IndexByFirstChar()
    {
        var table = new List<CredentialRule>?[128];
        foreach (var rule in CredentialCatalog.Rules)
        {
            var first = rule.Prefix[0];
            Add(table, first, rule);
            if (rule.IgnoreCase && char.ToLowerInvariant(first) != char.ToUpperInvariant(first))
            {
                var other = char.IsUpper(first) ? char.ToLowerInvariant(first) : char.ToUpperInvariant(first);
                Add(table, other, rule);
            }
        }

        var result = new CredentialRule[]?[table.Length];
        for (var i = 0; i < table.Length; i++)
        {
            result[i] = table[i]?.ToArray();
        }

        return result;
    }

    private static void Add(List<CredentialRule>?[] table, char key, CredentialRule rule)
    {
        var list = table[key] ??= [];
        list.Add(rule);
    }

    private static bool MayFollow(char first, char second) =>
        second < Ascii && (SecondChars[(first * 2) + (second >> 6)] & (1UL << (second & 63))) != 0;

    private static ulong[] IndexSecondChars()
    {
        var table = new ulong[Ascii * 2];
        foreach (var rule in CredentialCatalog.Rules)
        {
            foreach (var first in CaseVariants(rule.Prefix[0], rule.IgnoreCase))
            {
                if (rule.Prefix.Length == 1)
                {
                    // Any character may follow a one-character prefix.
                    table[first * 2] = ulong.MaxValue;
                    table[(first * 2) + 1] = ulong.MaxValue;
                    continue;
                }

                foreach (var second in CaseVariants(rule.Prefix[1], rule.IgnoreCase))
                {
                    table[(first * 2) + (second >> 6)] |= 1UL << (second & 63);
                }
            }
        }

        return table;
    }

    private static char[] CaseVariants(char c, bool ignoreCase) =>
        ignoreCase && IsAsciiLetter(c) ? [(char)(c | 0x20), (char)(c & ~0x20)] : [c];
}
