namespace ReleaseGate.Analyzers.Secrets;

/// <summary>
/// Values that sit where a secret could but are something else: sentences, format strings, patterns, versions,
/// configuration keys, environment variable names, GUIDs and paths.
/// </summary>
internal static class LookAlikes
{
    public static bool IsLookAlike(string value) =>
        IsSentence(value)
        || IsFormatString(value)
        || IsPattern(value)
        || IsVersion(value)
        || IsReferenceName(value)
        || IsPath(value);

    public static bool IsGuid(string value)
    {
        var trimmed = value.Trim('{', '}');
        if (trimmed.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < trimmed.Length; i++)
        {
            var dash = i is 8 or 13 or 18 or 23;
            if (dash ? trimmed[i] != '-' : !IsHex(trimmed[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two or more words of letters separated by spaces, as prose is.</summary>
    private static bool IsSentence(string value)
    {
        var words = 0;
        var inWord = false;
        var letters = 0;
        foreach (var c in value)
        {
            if (c == ' ')
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                words++;
                inWord = true;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return words >= 2 && letters * 2 >= value.Length;
    }

    private static bool IsFormatString(string value) =>
        value.IndexOf("{0", StringComparison.Ordinal) >= 0 || value.IndexOf("%s", StringComparison.Ordinal) >= 0;

    private static bool IsPattern(string value)
    {
        if (value.StartsWith("^", StringComparison.Ordinal) || value.EndsWith("$", StringComparison.Ordinal))
        {
            return true;
        }

        return value.IndexOf("\\d", StringComparison.Ordinal) >= 0
            || value.IndexOf("\\w", StringComparison.Ordinal) >= 0
            || value.IndexOf("[a-", StringComparison.Ordinal) >= 0
            || value.IndexOf("[A-", StringComparison.Ordinal) >= 0
            || value.IndexOf("(?", StringComparison.Ordinal) >= 0;
    }

    private static bool IsVersion(string value)
    {
        var start = value.Length > 0 && (value[0] == 'v' || value[0] == 'V') ? 1 : 0;
        var dots = 0;
        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '.')
            {
                dots++;
            }
            else if (!char.IsDigit(c) && c != '-' && !char.IsLetter(c))
            {
                return false;
            }
        }

        return dots >= 1 && value.Length > start && char.IsDigit(value[start]);
    }

    /// <summary>
    /// A name that points at a secret: <c>API_TOKEN</c>, <c>Auth:ClientSecret</c>, <c>secrets.github.token</c>.
    /// </summary>
    private static bool IsReferenceName(string value)
    {
        var upperSnake = true;
        var separators = 0;
        var lettersOnlySegments = true;
        foreach (var c in value)
        {
            if (c == ':' || c == '.' || c == '/' || c == '_' || c == '-')
            {
                separators++;
                continue;
            }

            if (!(char.IsUpper(c) || char.IsDigit(c)))
            {
                upperSnake = false;
            }

            if (!char.IsLetter(c))
            {
                lettersOnlySegments = false;
            }
        }

        return (upperSnake && value.IndexOf('_') > 0) || (separators > 0 && lettersOnlySegments);
    }

    private static bool IsPath(string value) =>
        value.StartsWith("/", StringComparison.Ordinal)
        || value.StartsWith("~/", StringComparison.Ordinal)
        || value.StartsWith("./", StringComparison.Ordinal)
        || (value.Length > 2 && value[1] == ':' && value[2] == '\\');

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');
}
