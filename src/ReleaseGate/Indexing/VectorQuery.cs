namespace ReleaseGate.Indexing;

/// <summary>An exact nearest-neighbour query, as a store receives it.</summary>
/// <param name="Vector">The query embedding, already scaled to unit length.</param>
/// <param name="Top">How many chunks to return at most.</param>
/// <param name="Fingerprint">Only chunks built by this pipeline are comparable with the query.</param>
/// <param name="Now">Chunks of documents that expire at or before this instant are never returned.</param>
/// <param name="Filter">An optional id-prefix and metadata filter.</param>
public sealed record VectorQuery(
    ReadOnlyMemory<float> Vector, int Top, string Fingerprint, DateTimeOffset Now, SearchFilter? Filter);
