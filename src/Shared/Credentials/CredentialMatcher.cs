namespace ReleaseGate.Privacy.Credentials;

/// <summary>
/// Finds credentials in a string in one left-to-right pass. Every rule is anchored on a literal prefix and reads a
/// bounded amount of text after it, and a failed attempt never makes the scan go back, so the work is linear in
/// the length of the input whatever it contains.
/// </summary>
internal static class CredentialMatcher
{
    private static readonly CredentialRule[]?[] RulesByFirstChar = IndexByFirstChar();

    /// <summary>Every distinct prefix that is matched case-sensitively, for vectorized prefilters.</summary>
    public static IReadOnlyList<string> OrdinalPrefixes { get; } = DistinctPrefixes(ignoreCase: false);

    /// <summary>Every distinct prefix that is matched in any letter case.</summary>
    public static IReadOnlyList<string> IgnoreCasePrefixes { get; } = DistinctPrefixes(ignoreCase: true);

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
        var candidates = first < RulesByFirstChar.Length ? RulesByFirstChar[first] : null;
        if (candidates != null)
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

    private static bool StartsWithPrefix(string text, int index, int limit, CredentialRule rule)
    {
        var prefix = rule.Prefix;
        if (limit - index < prefix.Length)
        {
            return false;
        }

        var comparison = rule.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Compare(text, index, prefix, 0, prefix.Length, comparison) == 0;
    }

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

    private static string[] DistinctPrefixes(bool ignoreCase)
    {
        var prefixes = new List<string>();
        foreach (var rule in CredentialCatalog.Rules)
        {
            if (rule.IgnoreCase == ignoreCase && !prefixes.Contains(rule.Prefix))
            {
                prefixes.Add(rule.Prefix);
            }
        }

        return prefixes.ToArray();
    }
}
