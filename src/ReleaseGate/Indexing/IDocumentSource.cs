namespace ReleaseGate.Indexing;

/// <summary>The live source an index is kept in step with: a folder, a wiki export, a database table.</summary>
public interface IDocumentSource
{
    /// <summary>A short description of the source for messages and reports, such as its folder path.</summary>
    string Description { get; }

    /// <summary>Reads every document of the source. Ids must be unique within one enumeration.</summary>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The documents, in a stable order.</returns>
    IAsyncEnumerable<SourceDocument> ReadAllAsync(CancellationToken cancellationToken = default);
}
