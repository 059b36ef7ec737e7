namespace ReleaseGate.Indexing;

/// <summary>What a store knows about a document without its chunks: enough to decide staleness.</summary>
/// <param name="Id">The document id.</param>
/// <param name="ContentHash">SHA-256 of the normalized source text it was built from.</param>
/// <param name="Fingerprint">The pipeline fingerprint it was built with.</param>
/// <param name="ExpiresAt">When it expires, or <see langword="null"/> for never.</param>
public sealed record DocumentState(string Id, string ContentHash, string Fingerprint, DateTimeOffset? ExpiresAt);
