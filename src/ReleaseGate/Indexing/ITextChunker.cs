namespace ReleaseGate.Indexing;

/// <summary>Splits a document's text into the chunks that are embedded and searched.</summary>
public interface ITextChunker
{
    /// <summary>
    /// Every setting that changes the output, as a stable string. It is part of the pipeline fingerprint, so a
    /// change here marks every document stale.
    /// </summary>
    string Settings { get; }

    /// <summary>Splits <paramref name="text"/>; the result is empty only for blank text.</summary>
    /// <param name="text">Normalized, redacted document text.</param>
    /// <returns>The chunks in document order.</returns>
    IReadOnlyList<string> Split(string text);
}
