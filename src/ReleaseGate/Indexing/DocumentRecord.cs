namespace ReleaseGate.Indexing;

/// <summary>A document with all of its chunks, the unit a store writes and replaces atomically.</summary>
/// <param name="Id">The document id.</param>
/// <param name="SourceUri">Where the document came from, or <see langword="null"/>.</param>
/// <param name="ContentHash">SHA-256 of the normalized source text the chunks were built from.</param>
/// <param name="Fingerprint">The <see cref="PipelineFingerprint.Value"/> of the pipeline that built it.</param>
/// <param name="Metadata">The document metadata.</param>
/// <param name="IndexedAt">When the document was written.</param>
/// <param name="ExpiresAt">When the document expires, or <see langword="null"/> for never.</param>
/// <param name="Chunks">Every chunk of the document, in order.</param>
public sealed record DocumentRecord(
    string Id,
    Uri? SourceUri,
    string ContentHash,
    string Fingerprint,
    IReadOnlyDictionary<string, string> Metadata,
    DateTimeOffset IndexedAt,
    DateTimeOffset? ExpiresAt,
    IReadOnlyList<ChunkRecord> Chunks);
