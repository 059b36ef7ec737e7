namespace ReleaseGate.Indexing;

/// <summary>One embedded chunk of a document, as written to and read from a store.</summary>
/// <param name="Ordinal">The chunk's position in its document, from 0.</param>
/// <param name="Text">The redacted chunk text.</param>
/// <param name="Vector">The embedding, as the embedder returned it.</param>
public sealed record ChunkRecord(int Ordinal, string Text, ReadOnlyMemory<float> Vector);
