namespace ReleaseGate.Privacy.Credentials;

/// <summary>
/// <c>Keyword=value</c> or <c>keyword: "value"</c>. With an empty body alphabet the value is free-form, as a
/// password in a connection string is: it runs to the next <c>;</c>, quote or white space, or to the closing quote
/// when it is quoted.
/// </summary>
internal static class KeywordValueShape
{
    private const int MaxSeparator = 8;

    public static bool TryRead(
        string text, int bodyStart, int limit, CredentialRule rule, out int start, out int end, out int resumeAt)
    {
        start = SkipSeparator(text, bodyStart, limit, rule.Prefix);
        end = start;
        resumeAt = start;
        if (start < 0 || start >= limit)
        {
            return false;
        }

        if (rule.Body != TokenChars.None)
        {
            var found = TokenShape.TryRead(text, start, limit, rule, out end);
            resumeAt = end;
            return found;
        }

        var quote = text[start];
        var quoted = quote == '"' || quote == '\'';
        if (quoted)
        {
            start++;
        }

        var stop = Math.Min(limit, start + rule.MaxBodyLength);
        end = start;
        while (end < stop && !EndsValue(text[end], quoted ? quote : '\0'))
        {
            end++;
        }

        resumeAt = quoted && end < limit && text[end] == quote ? end + 1 : end;
        return end > start;
    }

    // Prefixes that end in '=' or ':' already hold the separator; a bare keyword needs one, with optional quotes.
    private static int SkipSeparator(string text, int index, int limit, string prefix)
    {
        var last = prefix[prefix.Length - 1];
        if (last == '=' || last == ':')
        {
            return index;
        }

        var stop = Math.Min(limit, index + MaxSeparator);
        var sawSeparator = false;
        var i = index;
        while (i < stop)
        {
            var c = text[i];
            if (c == '=' || c == ':')
            {
                sawSeparator = true;
            }
            else if (c != ' ' && c != '\t' && c != '"' && c != '\'')
            {
                break;
            }

            i++;
        }

        return sawSeparator ? i : -1;
    }

    // Unquoted, a value also ends at a backtick: the end of a Markdown code span or of a JavaScript template.
    private static bool EndsValue(char c, char quote) => quote != '\0'
        ? c == quote || c == '\n' || c == '\r'
        : c == ';' || c == '"' || c == '\'' || c == '`' || char.IsWhiteSpace(c);
}
