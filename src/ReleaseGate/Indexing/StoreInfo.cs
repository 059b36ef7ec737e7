namespace ReleaseGate.Indexing;

/// <summary>A store's identity and size.</summary>
/// <param name="Location">Where the store lives, such as its file path.</param>
/// <param name="SchemaVersion">The schema version of the store.</param>
/// <param name="Fingerprint">The pipeline the store is kept with, or <see langword="null"/> when nothing has
/// been written yet.</param>
/// <param name="Documents">The number of documents, expired ones included until a sweep.</param>
/// <param name="Chunks">The number of chunks.</param>
public sealed record StoreInfo(string Location, int SchemaVersion, string? Fingerprint, long Documents, long Chunks);
