namespace ReleaseGate.Indexing;

/// <summary>What a reindex against a source would do.</summary>
/// <param name="New">Ids of documents the index does not have.</param>
/// <param name="Changed">Ids of documents whose text or pipeline changed.</param>
/// <param name="Deleted">Ids of stored documents the source no longer has.</param>
/// <param name="Unchanged">How many documents are current.</param>
/// <param name="PipelineChanged">Whether any record, or the store itself, was built by another pipeline;
/// the documents concerned are in <paramref name="Changed"/>.</param>
public sealed record StalenessReport(
    IReadOnlyList<string> New,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> Deleted,
    int Unchanged,
    bool PipelineChanged)
{
    /// <summary>Whether the index is current with the source.</summary>
    public bool IsCurrent => New.Count == 0 && Changed.Count == 0 && Deleted.Count == 0 && !PipelineChanged;
}
