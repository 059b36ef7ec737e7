namespace ReleaseGate.Privacy;

/// <summary>The outcome of <see cref="PiiRedactor.RedactWithFindings(string)"/>.</summary>
public sealed class RedactionResult
{
    internal RedactionResult(string text, IReadOnlyList<PiiFinding> findings)
    {
        Text = text;
        Findings = findings;
    }

    /// <summary>The redacted text; the original instance when nothing was found.</summary>
    public string Text { get; }

    /// <summary>What was replaced, in order, with spans in the original text and no overlaps.</summary>
    public IReadOnlyList<PiiFinding> Findings { get; }
}
