namespace ReleaseGate.Indexing;

/// <summary>How a document of the source compares with what the index holds for it.</summary>
public enum DocumentStaleness
{
    /// <summary>The stored records were built from the same text by the same pipeline.</summary>
    Unchanged,

    /// <summary>The index has no records for the document.</summary>
    New,

    /// <summary>The text changed since the records were built.</summary>
    Changed,

    /// <summary>The text is the same but the records were built by another pipeline.</summary>
    PipelineChanged,
}
