using ReleaseGate.Privacy;

namespace ReleaseGate.Indexing;

/// <summary>
/// Where a <see cref="KnowledgeIndex"/> keeps its records. Every operation is batch-oriented and every
/// multi-row change is atomic, so a failure leaves each document either fully old or fully new.
/// </summary>
/// <remarks>
/// <see cref="SqliteIndexStore"/> is the embedded implementation; a server engine implements the same
/// contract, and the store contract tests describe the behaviour it must have.
/// </remarks>
public interface IIndexStore : IAsyncDisposable
{
    /// <summary>The store's identity and size.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The store information.</returns>
    Task<StoreInfo> GetInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>Records the pipeline the store is kept with from now on.</summary>
    /// <param name="fingerprint">The <see cref="PipelineFingerprint.Value"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the fingerprint is durable.</returns>
    Task SetFingerprintAsync(string fingerprint, CancellationToken cancellationToken = default);

    /// <summary>The hash, fingerprint and expiry of every stored document, keyed by id.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One state per document.</returns>
    Task<IReadOnlyDictionary<string, DocumentState>> GetDocumentStatesAsync(
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes documents in one transaction: each document's new chunks replace all of its old ones, so no
    /// reader and no failure ever sees a document with a mix of old and new chunks or with none.
    /// </summary>
    /// <param name="documents">
    /// The documents to add or replace; ids are unique within the batch. This is a raw write: the chunk text is
    /// stored as given, so callers outside <see cref="KnowledgeIndex"/> must redact it first (analyzer RG1001).
    /// </param>
    /// <param name="cancellationToken">Cancels the call before the transaction commits.</param>
    /// <returns>A task that completes when the batch is committed.</returns>
    Task ReplaceDocumentsAsync(
        [RequiresRedaction] IReadOnlyList<DocumentRecord> documents,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes documents and their chunks in one transaction; unknown ids are ignored.</summary>
    /// <param name="ids">The document ids.</param>
    /// <param name="cancellationToken">Cancels the call before the transaction commits.</param>
    /// <returns>The number of documents deleted.</returns>
    Task<int> DeleteDocumentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Deletes, in one transaction, every document that expires at or before <paramref name="now"/>.</summary>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Cancels the call before the transaction commits.</param>
    /// <returns>The ids of the deleted documents.</returns>
    Task<IReadOnlyList<string>> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Reads one document with all its chunks.</summary>
    /// <param name="id">The document id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document, or <see langword="null"/> when it is not stored.</returns>
    Task<DocumentRecord?> GetDocumentAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Exact cosine search over every stored chunk that matches the query's fingerprint and filter and has not
    /// expired.
    /// </summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>At most <see cref="VectorQuery.Top"/> hits, best first.</returns>
    Task<IReadOnlyList<SearchHit>> SearchAsync(VectorQuery query, CancellationToken cancellationToken = default);
}
