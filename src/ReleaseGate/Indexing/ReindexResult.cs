namespace ReleaseGate.Indexing;

/// <summary>What a reindex did.</summary>
/// <param name="Added">Documents written for the first time.</param>
/// <param name="Updated">Documents whose chunks were replaced.</param>
/// <param name="Deleted">Documents removed because the source no longer has them.</param>
/// <param name="Unchanged">Documents left as they were (metadata may have been refreshed).</param>
/// <param name="ChunksEmbedded">Chunks sent to the embedder.</param>
/// <param name="EmbeddingCalls">Calls made to the embedder.</param>
public sealed record ReindexResult(
    int Added, int Updated, int Deleted, int Unchanged, int ChunksEmbedded, int EmbeddingCalls);
