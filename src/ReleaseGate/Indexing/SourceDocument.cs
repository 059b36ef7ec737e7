namespace ReleaseGate.Indexing;

/// <summary>One document of a live source, as the index sees it before chunking.</summary>
public sealed class SourceDocument
{
    private string? _contentHash;

    /// <summary>Creates a source document.</summary>
    /// <param name="id">A stable id, unique within the source (for a folder: the relative path with '/').</param>
    /// <param name="text">The document text.</param>
    /// <param name="sourceUri">Where the document came from, or <see langword="null"/>.</param>
    /// <param name="metadata">Metadata stored with the document; it never affects staleness of the text.</param>
    /// <param name="timeToLive">How long the document may stay in the index after it is written, or
    /// <see langword="null"/> for the index default.</param>
    public SourceDocument(
        string id,
        string text,
        Uri? sourceUri = null,
        IReadOnlyDictionary<string, string>? metadata = null,
        TimeSpan? timeToLive = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(text);
        if (timeToLive is { } ttl && ttl <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeToLive), ttl, "A time-to-live must be positive.");
        }

        Id = id;
        Text = text;
        SourceUri = sourceUri;
        Metadata = metadata ?? new Dictionary<string, string>();
        TimeToLive = timeToLive;
    }

    /// <summary>The document id, unique within its source.</summary>
    public string Id { get; }

    /// <summary>The document text as read from the source.</summary>
    public string Text { get; }

    /// <summary>Where the document came from, or <see langword="null"/>.</summary>
    public Uri? SourceUri { get; }

    /// <summary>Metadata stored with the document and usable as a search filter.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>The document's own time-to-live, or <see langword="null"/> for the index default.</summary>
    public TimeSpan? TimeToLive { get; }

    /// <summary>
    /// The SHA-256 (lowercase hex) of the normalized text; see <see cref="SourceText.Hash(string)"/>.
    /// </summary>
    public string ContentHash => _contentHash ??= SourceText.Hash(Text);

    /// <summary>Creates a document whose content hash was already computed from the same text.</summary>
    internal static SourceDocument WithKnownHash(
        string id, string text, string contentHash, Uri? sourceUri, IReadOnlyDictionary<string, string> metadata)
    {
        return new SourceDocument(id, text, sourceUri, metadata) { _contentHash = contentHash };
    }
}
