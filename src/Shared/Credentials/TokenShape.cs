namespace ReleaseGate.Privacy.Credentials;

/// <summary>A run of body characters with a length between the rule's bounds, not part of a longer token.</summary>
internal static class TokenShape
{
    public static bool TryRead(string text, int bodyStart, int limit, CredentialRule rule, out int end)
    {
        // Read one past the maximum so that a longer run is recognized as a different token and rejected.
        var stop = Math.Min(limit, bodyStart + rule.MaxBodyLength + 1);
        end = bodyStart;
        while (end < stop && rule.Body.Contains(text[end]))
        {
            end++;
        }

        // A sentence may end right after a token whose alphabet includes the dot.
        while (end > bodyStart && text[end - 1] == '.')
        {
            end--;
        }

        var length = end - bodyStart;
        if (length < rule.MinBodyLength || length > rule.MaxBodyLength)
        {
            return false;
        }

        return end >= limit || (!TokenCharsExtensions.IsWordChar(text[end]) && !rule.Body.Contains(text[end]));
    }
}
