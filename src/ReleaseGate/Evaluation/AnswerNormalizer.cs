using System.Text;

namespace ReleaseGate.Evaluation;

/// <summary>
/// SQuAD-style answer normalization: lowercase, drop punctuation, drop the articles "a", "an" and "the", and
/// collapse whitespace, so "The Eiffel Tower!" and "eiffel tower" compare equal.
/// </summary>
public static class AnswerNormalizer
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "a", "an", "the" };

    /// <summary>Normalizes an answer.</summary>
    /// <param name="text">The answer.</param>
    /// <returns>The normalized answer.</returns>
    public static string Normalize(string text) => string.Join(' ', Tokens(text));

    /// <summary>The normalized tokens of an answer.</summary>
    /// <param name="text">The answer.</param>
    /// <returns>The tokens, in order.</returns>
    public static IReadOnlyList<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // SQuAD drops ASCII punctuation; Unicode punctuation and symbols go too, so curly quotes do not matter.
            if (!char.IsPunctuation(c) && !char.IsSymbol(c))
            {
                cleaned.Append(char.ToLowerInvariant(c));
            }
        }

        return cleaned.ToString()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !Articles.Contains(t))
            .ToList();
    }
}
