using System.Runtime.CompilerServices;
using ReleaseGate.Indexing;

namespace OpsDemo;

/// <summary>Gives the documents under one folder of a source a time-to-live, as a news feed would have.</summary>
internal sealed class TimeToLiveSource(IDocumentSource inner, string folder, TimeSpan timeToLive) : IDocumentSource
{
    public string Description => inner.Description;

    public async IAsyncEnumerable<SourceDocument> ReadAllAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var document in inner.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return document.Id.StartsWith(folder, StringComparison.Ordinal)
                ? new SourceDocument(document.Id, document.Text, document.SourceUri, document.Metadata, timeToLive)
                : document;
        }
    }
}
