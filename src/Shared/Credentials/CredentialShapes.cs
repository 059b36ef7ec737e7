namespace ReleaseGate.Privacy.Credentials;

/// <summary>Reads the text after a rule's prefix according to the rule's <see cref="CredentialShape"/>.</summary>
internal static class CredentialShapes
{
    /// <summary>
    /// Reads the value that follows the prefix at <paramref name="index"/> and applies the rule's placeholder and
    /// entropy filters. The reported span includes the prefix unless the prefix is only a label.
    /// </summary>
    public static bool TryRead(string text, int index, int limit, CredentialRule rule, out CredentialMatch match)
    {
        match = default;
        var bodyStart = index + rule.Prefix.Length;
        if (!TryReadValue(text, bodyStart, limit, rule, out var valueStart, out var valueEnd, out var resumeAt)
            || !PassesFilters(text, valueStart, valueEnd, rule))
        {
            return false;
        }

        var start = rule.SecretAfterPrefix ? valueStart : index;
        match = new CredentialMatch(start, valueEnd - start, resumeAt, rule);
        return true;
    }

    private static bool TryReadValue(
        string text, int bodyStart, int limit, CredentialRule rule, out int start, out int end, out int resumeAt)
    {
        start = bodyStart;
        bool found;
        switch (rule.Shape)
        {
            case CredentialShape.Token:
                found = TokenShape.TryRead(text, bodyStart, limit, rule, out end);
                break;
            case CredentialShape.Jwt:
                found = JwtShape.TryRead(text, bodyStart, limit, out end);
                break;
            case CredentialShape.PemPrivateKey:
                found = PemShape.TryRead(text, bodyStart, limit, out end);
                break;
            case CredentialShape.UrlPassword:
                return UrlPasswordShape.TryRead(text, bodyStart, limit, rule, out start, out end, out resumeAt);
            default:
                return KeywordValueShape.TryRead(text, bodyStart, limit, rule, out start, out end, out resumeAt);
        }

        resumeAt = end;
        return found;
    }

    private static bool PassesFilters(string text, int start, int end, CredentialRule rule)
    {
        var length = end - start;
        if (rule.Shape == CredentialShape.PemPrivateKey)
        {
            // Real key bodies contain long runs such as AAAAAAAA, so only the elided form counts as a stand-in.
            return text.IndexOf("...", start, length, StringComparison.Ordinal) < 0;
        }

        if (SecretHeuristics.IsPlaceholder(text, start, length))
        {
            return false;
        }

        foreach (var allowed in rule.AllowedValues)
        {
            if (allowed.Length == length && string.CompareOrdinal(text, start, allowed, 0, length) == 0)
            {
                return false;
            }
        }

        return rule.MinEntropy <= 0 || SecretHeuristics.ShannonEntropy(text, start, length) >= rule.MinEntropy;
    }
}
