namespace ReleaseGate.Privacy.Credentials;

/// <summary>Membership tests for <see cref="TokenChars"/> without allocations or tables.</summary>
internal static class TokenCharsExtensions
{
    public static bool Contains(this TokenChars set, char c)
    {
        if (c >= 'a' && c <= 'z')
        {
            return (set & TokenChars.Lower) != 0 || ((set & TokenChars.LowerHex) != 0 && c <= 'f');
        }

        if (c >= 'A' && c <= 'Z')
        {
            return (set & TokenChars.Upper) != 0;
        }

        if (c >= '0' && c <= '9')
        {
            return (set & (TokenChars.Digit | TokenChars.LowerHex)) != 0;
        }

        return c switch
        {
            '_' => (set & TokenChars.Underscore) != 0,
            '-' => (set & TokenChars.Dash) != 0,
            '+' => (set & TokenChars.Plus) != 0,
            '/' => (set & TokenChars.Slash) != 0,
            '=' => (set & TokenChars.EqualsSign) != 0,
            '.' => (set & TokenChars.Dot) != 0,
            _ => false,
        };
    }

    /// <summary>True for characters that continue an identifier-like token, so a match may not start after one.</summary>
    public static bool IsWordChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
