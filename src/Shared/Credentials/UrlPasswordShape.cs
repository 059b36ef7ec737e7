namespace ReleaseGate.Privacy.Credentials;

/// <summary>
/// The password in <c>scheme://user:password@host</c>. The authority is read up to the first path, query or
/// white-space character; the password runs from the first colon to the last <c>@</c>, because passwords may
/// themselves contain an <c>@</c>.
/// </summary>
internal static class UrlPasswordShape
{
    public static bool TryRead(
        string text, int bodyStart, int limit, CredentialRule rule, out int start, out int end, out int resumeAt)
    {
        start = -1;
        end = -1;
        var stop = Math.Min(limit, bodyStart + rule.MaxBodyLength + 64);
        var i = bodyStart;
        for (; i < stop; i++)
        {
            var c = text[i];
            if (c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' || c == '<' || c == '>'
                || char.IsWhiteSpace(c))
            {
                break;
            }

            if (c == ':' && start < 0)
            {
                start = i + 1;
            }
            else if (c == '@')
            {
                end = i;
            }
        }

        resumeAt = i;
        if (start < 0 || end < start)
        {
            return false;
        }

        resumeAt = end;
        return end - start <= rule.MaxBodyLength && end > start;
    }
}
