namespace ReleaseGate.Indexing;

/// <summary>Settings of a <see cref="KnowledgeIndex"/>; every one has a working default.</summary>
public sealed class KnowledgeIndexOptions
{
    /// <summary>The chunker; its settings are part of the pipeline fingerprint. Default: <see cref="ParagraphChunker"/>.</summary>
    public ITextChunker Chunker { get; init; } = new ParagraphChunker();

    /// <summary>How many chunks go to the embedder in one call. Default 32.</summary>
    public int EmbeddingBatchSize { get; init; } = 32;

    /// <summary>How long a document without its own time-to-live stays after it is written; null keeps it.</summary>
    public TimeSpan? DefaultTimeToLive { get; init; }

    /// <summary>The clock for retention. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// The embedding model id, when the embedder's metadata does not name one.
    /// </summary>
    public string? ModelId { get; init; }

    /// <summary>The vector length, when the embedder's metadata does not give one.</summary>
    public int? Dimensions { get; init; }

    /// <summary>
    /// Allows a reindex to re-embed a store built by another pipeline. When <see langword="false"/> (the
    /// default) writing to such a store fails with RG3004, so a wrong model never silently replaces every vector.
    /// </summary>
    public bool AllowPipelineChange { get; init; }
}
