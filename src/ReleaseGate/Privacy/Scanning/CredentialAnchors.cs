using ReleaseGate.Privacy.Credentials;

namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// Where a credential can start. Every prefix in the catalog is anchored on its rarest feature in ordinary prose:
/// one character (<c>_</c> in <c>ghp_</c>, <c>-</c> in <c>sk-</c>, <c>=</c> in <c>Password=</c>) or two
/// upper-case letters in a row (<c>AKIA</c>, <c>SK</c>). A prefix anchored at offset <c>k</c> can only start
/// <c>k</c> positions before its anchor, so the scanner stops at anchors and tries the catalog just before them.
/// A case-sensitive prefix made only of common letters and digits (<c>dapi</c>, whose rarest letter <c>p</c> would
/// stop the scanner every thirty characters of English, or <c>oy2</c>) is anchored on the whole prefix instead, at
/// offset 0.
/// </summary>
/// <remarks>
/// A multi-string search over the raw prefixes was about five times slower on prose than this: the shortest
/// prefixes (<c>SK</c>, <c>sk-</c>) make nearly every fingerprint of a vectorized multi-string search hit.
/// </remarks>
internal static class CredentialAnchors
{
    // Marks the rank of an upper-case pair among the single characters.
    private const char Pair = '\u0001';

    // Rarest first, following character counts in English encyclopedic prose, where two upper-case letters in a
    // row (acronyms) are rarer than any single letter. Digits come last: the scanner stops only at the first digit
    // of a run on its own, and years and counts put some digit every few dozen characters of prose.
    private const string Rarity = "@:_=\\|~^`{}[]<>#$%&*/+!-" + "\u0001"
        + "ZXQYVKOJzUGRqjWLNHDFExBPIMASCTk;\"().vb,wygpfmucdlhsroniate " + "0123456789";

    private const int NoAnchor = -1;

    // From here on the ranking holds only characters too common in prose to stop at on their own.
    private static readonly int CommonRank = Rarity.IndexOf(';', StringComparison.Ordinal);

    private static readonly sbyte[] Reaches = new sbyte[128];

    static CredentialAnchors()
    {
        Array.Fill(Reaches, (sbyte)NoAnchor);
        PairReach = NoAnchor;
        var literals = new List<string>();
        foreach (var rule in CredentialCatalog.Rules)
        {
            var offset = RarestOffset(rule.Prefix, rule.IgnoreCase, out var pair);
            if (pair)
            {
                PairReach = Math.Max(PairReach, offset);
                continue;
            }

            var anchor = rule.Prefix[offset];
            if (!rule.IgnoreCase && Rank(anchor) >= CommonRank && rule.Prefix.Length >= 2)
            {
                literals.Add(rule.Prefix);
                continue;
            }

            Widen(anchor, offset);
            if (rule.IgnoreCase && char.IsAsciiLetter(anchor))
            {
                // The two cases of an ASCII letter differ in one bit.
                Widen((char)(anchor ^ 0x20), offset);
            }
        }

        Literals = literals.Distinct().Order(StringComparer.Ordinal).ToArray();
        LiteralHeads = Literals.Select(l => l[..2]).Distinct().ToArray();
        Characters = string.Concat(Enumerable.Range(0, Reaches.Length)
            .Where(c => Reaches[c] != NoAnchor).Select(c => (char)c));
    }

    /// <summary>Every single anchor character.</summary>
    public static string Characters { get; }

    /// <summary>The prefixes anchored on themselves, at offset 0.</summary>
    public static string[] Literals { get; }

    /// <summary>The first two characters of each of <see cref="Literals"/>: where the scanner stops for them.</summary>
    public static string[] LiteralHeads { get; }

    /// <summary>
    /// How far before two upper-case letters in a row a prefix anchored on them may start, or -1 when none is.
    /// </summary>
    public static int PairReach { get; }

    /// <summary>
    /// How far before position <paramref name="i"/> a credential anchored there may start, or false when
    /// <paramref name="i"/> is no anchor.
    /// </summary>
    public static bool TryGetReach(string text, int i, out int reach)
    {
        var c = text[i];
        reach = c < Reaches.Length ? Reaches[c] : NoAnchor;
        if (PairReach > reach && IsUpperPair(text, i))
        {
            reach = PairReach;
        }

        if (reach == NoAnchor && StartsWithLiteral(text, i))
        {
            reach = 0;
        }

        return reach != NoAnchor;
    }

    private static bool StartsWithLiteral(string text, int i)
    {
        var literals = Literals;
        for (var l = 0; l < literals.Length; l++)
        {
            if (text[i] == literals[l][0] && text.AsSpan(i).StartsWith(literals[l], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the characters at <paramref name="i"/> and after it are ASCII upper-case letters.</summary>
    public static bool IsUpperPair(string text, int i) =>
        char.IsAsciiLetterUpper(text[i]) && i + 1 < text.Length && char.IsAsciiLetterUpper(text[i + 1]);

    private static int RarestOffset(string prefix, bool ignoreCase, out bool pair)
    {
        var best = -1;
        var bestRank = int.MaxValue;
        pair = false;
        for (var k = 0; k < prefix.Length; k++)
        {
            var isPair = !ignoreCase && IsUpperPair(prefix, k);
            var rank = Rank(isPair ? Pair : prefix[k]);
            if (rank < bestRank)
            {
                (best, bestRank, pair) = (k, rank, isPair);
            }
        }

        return best >= 0 ? best : throw new InvalidOperationException("A credential prefix is empty.");
    }

    // Characters outside the list rank last but still anchor a prefix that has nothing rarer.
    private static int Rank(char c)
    {
        var rank = c < 128 ? Rarity.IndexOf(c, StringComparison.Ordinal) : -1;
        return rank >= 0 ? rank : Rarity.Length + (c < 128 ? 0 : 1);
    }

    private static void Widen(char anchor, int offset)
    {
        if (anchor >= Reaches.Length)
        {
            throw new InvalidOperationException("A credential prefix is anchored on a non-ASCII character.");
        }

        Reaches[anchor] = (sbyte)Math.Max(Reaches[anchor], offset);
    }
}
