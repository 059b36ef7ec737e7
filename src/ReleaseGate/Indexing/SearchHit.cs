namespace ReleaseGate.Indexing;

/// <summary>One chunk found by a search.</summary>
/// <param name="DocumentId">The document the chunk belongs to.</param>
/// <param name="Ordinal">The chunk's position in the document.</param>
/// <param name="Text">The stored (redacted) chunk text.</param>
/// <param name="Score">Cosine similarity with the query, from -1 to 1.</param>
/// <param name="SourceUri">Where the document came from, or <see langword="null"/>.</param>
public sealed record SearchHit(string DocumentId, int Ordinal, string Text, float Score, Uri? SourceUri);
