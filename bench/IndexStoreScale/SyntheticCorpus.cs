using System.Runtime.CompilerServices;
using ReleaseGate.Indexing;

namespace IndexStoreScale;

/// <summary>
/// A generated source of <see cref="Documents"/> documents of <see cref="ChunksPerDocument"/> chunks each. Revision 1
/// is what the store is loaded with; in revision 2 every hundredth document has new text of the same length.
/// </summary>
internal sealed class SyntheticCorpus(int documents, int chunksPerDocument, int dimensions)
{
    public int Documents { get; } = documents;

    public int ChunksPerDocument { get; } = chunksPerDocument;

    public static bool ChangedInRevision2(int document) => document % 100 == 7;

    public static string Id(int document) => $"docs/{document / 1000:D4}/{document:D7}.md";

    // Each paragraph becomes one chunk with the default paragraph chunker (under its 1000 characters).
    public string Text(int document, int revision) => string.Join(
        "\n\n",
        Enumerable.Range(0, ChunksPerDocument).Select(p =>
            $"Document {document} paragraph {p} revision {revision}. " + new string((char)('a' + (p % 26)), 300)));

    /// <summary>Revision 1 as stored records, with random unit vectors, written without embedding.</summary>
    public IEnumerable<DocumentRecord> Records(string fingerprint, DateTimeOffset now)
    {
        var random = new Random(42);
        var metadata = new Dictionary<string, string>();
        for (var d = 0; d < Documents; d++)
        {
            var text = Text(d, 1);
            var chunks = new ChunkRecord[ChunksPerDocument];
            for (var c = 0; c < ChunksPerDocument; c++)
            {
                var vector = new float[dimensions];
                for (var i = 0; i < dimensions; i++)
                {
                    vector[i] = (float)(random.NextDouble() - 0.5);
                }

                chunks[c] = new ChunkRecord(c, $"Document {d} paragraph {c}", vector);
            }

            yield return new DocumentRecord(
                Id(d), null, SourceText.Hash(text), fingerprint, metadata, now, null, chunks);
        }
    }

    public IDocumentSource Revision(int revision) => new Source(this, revision);

    private sealed class Source(SyntheticCorpus corpus, int revision) : IDocumentSource
    {
        public string Description => $"synthetic corpus revision {revision}";

        public async IAsyncEnumerable<SourceDocument> ReadAllAsync(
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            for (var d = 0; d < corpus.Documents; d++)
            {
                var effective = revision == 2 && ChangedInRevision2(d) ? 2 : 1;
                yield return new SourceDocument(Id(d), corpus.Text(d, effective));
            }

            await Task.CompletedTask.ConfigureAwait(false);
        }
    }
}
