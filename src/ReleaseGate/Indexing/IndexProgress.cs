namespace ReleaseGate.Indexing;

/// <summary>Progress of a reindex, reported after each committed batch.</summary>
/// <param name="DocumentsWritten">Documents written so far.</param>
/// <param name="DocumentsToWrite">Documents that need writing in this run.</param>
/// <param name="ChunksEmbedded">Chunks embedded so far.</param>
public sealed record IndexProgress(int DocumentsWritten, int DocumentsToWrite, int ChunksEmbedded);
