namespace ReleaseGate.Privacy.Corpus;

/// <summary>
/// One segment of the corpus: prose around at most one labelled value. <see cref="Kind"/> is the tag name of the
/// value (<c>EMAIL</c>, <c>US_SSN</c>...) or null when the line holds a hard negative or nothing at all.
/// </summary>
public sealed record CorpusLine(string Text, string? Kind, int Start, int Length, string Category)
{
    public const string Pii = "pii";
    public const string HardNegative = "hard-negative";
    public const string Prose = "prose";

    public string Value => Kind is null ? string.Empty : Text.Substring(Start, Length);
}
