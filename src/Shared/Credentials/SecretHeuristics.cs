namespace ReleaseGate.Privacy.Credentials;

/// <summary>Checks that tell a real secret from a placeholder, a documented example or a low-entropy look-alike.</summary>
internal static class SecretHeuristics
{
    private const int MaxSameCharRun = 6;

    // Words that appear in templates and documentation, never in issued credentials.
    private static readonly string[] PlaceholderWords =
    [
        "example", "replace_me", "replaceme", "replace-me", "changeme", "change_me", "your_", "your-", "yourkey",
        "yourpass", "placeholder", "dummy", "redacted", "insert_", "insert-", "<", "${", "{{", "$(", "{0}",
        "123456789", "abcdefgh", "[credential", "not-a-real", "not_a_real", "notareal", "#{",
    ];

    private static readonly string[]?[] WordsByFirstChar = IndexWordsByFirstChar();

    // A value that only names what belongs there: postgres://USER:PASSWORD@HOST, Password=secret.
    private static readonly string[] CredentialWords = ["password", "passwd", "pass", "pwd", "secret", "token"];

    // Keys published in vendor documentation; they look real but are not.
    private static readonly string[] DocumentedExamples =
    [
        "AKIAIOSFODNN7EXAMPLE",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",

        // The storage emulator's (Azurite's) published development account key.
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    ];

    /// <summary>Shannon entropy of <c>text[start..start+length)</c> in bits per character.</summary>
    public static double ShannonEntropy(string text, int start, int length)
    {
        if (length <= 0)
        {
            return 0;
        }

        // Credentials are ASCII; anything else shares one bucket, which only lowers the estimate.
        var counts = new int[129];
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            counts[c < 128 ? c : 128]++;
        }

        var entropy = 0.0;
        foreach (var count in counts)
        {
            if (count > 0)
            {
                var p = (double)count / length;
                entropy -= p * Math.Log(p, 2);
            }
        }

        return entropy;
    }

    /// <summary>Shannon entropy of a whole string in bits per character.</summary>
    public static double ShannonEntropy(string value) => ShannonEntropy(value, 0, value.Length);

    /// <summary>
    /// True when <c>text[start..start+length)</c> is a template or a stand-in rather than a secret:
    /// <c>&lt;your-api-key&gt;</c>, <c>${X}</c>, <c>{{x}}</c>, <c>%X%</c>, <c>REPLACE_ME</c>, a run of one
    /// character, a masked value, or a documented example key.
    /// </summary>
    public static bool IsPlaceholder(string text, int start, int length)
    {
        if (length <= 0)
        {
            return true;
        }

        if (length >= 3 && text[start] == '%' && text[start + length - 1] == '%')
        {
            return true;
        }

        if (ContainsPlaceholderWord(text, start, length))
        {
            return true;
        }

        if (IsCredentialWord(text, start, length) || HasIndexPlaceholder(text, start, length))
        {
            return true;
        }

        foreach (var example in DocumentedExamples)
        {
            if (length >= example.Length && text.IndexOf(example, start, length, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return HasLongRun(text, start, length) || IsMasked(text, start, length);
    }

    /// <summary>True when a whole string is a placeholder; see <see cref="IsPlaceholder(string, int, int)"/>.</summary>
    public static bool IsPlaceholder(string value) => IsPlaceholder(value, 0, value.Length);

    private static bool IsCredentialWord(string text, int start, int length)
    {
        foreach (var word in CredentialWords)
        {
            if (length == word.Length
                && string.Compare(text, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // A composite format item such as {3}: the value is filled in at run time.
    private static bool HasIndexPlaceholder(string text, int start, int length)
    {
        for (var open = text.IndexOf('{', start, length); open >= 0; open = NextOpen(text, open, start, length))
        {
            var i = open + 1;
            while (i < start + length && char.IsDigit(text[i]))
            {
                i++;
            }

            if (i > open + 1 && i < start + length && text[i] == '}')
            {
                return true;
            }
        }

        return false;
    }

    private static int NextOpen(string text, int open, int start, int length) =>
        open + 1 < start + length ? text.IndexOf('{', open + 1, start + length - open - 1) : -1;

    private static bool HasLongRun(string text, int start, int length)
    {
        var run = 1;
        for (var i = start + 1; i < start + length; i++)
        {
            run = text[i] == text[i - 1] ? run + 1 : 1;
            if (run >= MaxSameCharRun)
            {
                return true;
            }
        }

        return run == length;
    }

    private static bool IsMasked(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (text[i] != '*' && text[i] != '.' && text[i] != '•' && text[i] != 'x' && text[i] != 'X')
            {
                return false;
            }
        }

        return true;
    }

    // One pass over the value: only positions whose character starts some (lower-case) word are compared, with
    // ASCII case folding.
    private static bool ContainsPlaceholderWord(string text, int start, int length)
    {
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = Fold(text[i]);
            if (c >= WordsByFirstChar.Length || WordsByFirstChar[c] is not { } words)
            {
                continue;
            }

            foreach (var word in words)
            {
                if (word.Length <= end - i && EqualsFolded(text, i + 1, word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Compares all but the first character, which the caller matched.
    private static bool EqualsFolded(string text, int index, string word)
    {
        for (var k = 1; k < word.Length; k++)
        {
            if (Fold(text[index + k - 1]) != word[k])
            {
                return false;
            }
        }

        return true;
    }

    private static char Fold(char c) => c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c;

    private static string[]?[] IndexWordsByFirstChar()
    {
        var table = new List<string>?[128];
        foreach (var word in PlaceholderWords)
        {
            (table[word[0]] ??= []).Add(word);
        }

        return Array.ConvertAll(table, list => list?.ToArray());
    }
}
