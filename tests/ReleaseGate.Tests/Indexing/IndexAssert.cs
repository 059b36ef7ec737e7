using ReleaseGate.Indexing;

namespace ReleaseGate.Tests.Indexing;

/// <summary>Checks that every stored document is exactly what one revision of its source builds.</summary>
internal static class IndexAssert
{
    /// <summary>
    /// Asserts that each stored document's chunks are exactly the chunks, and vectors, built from the revision
    /// whose hash it records, with no chunk from another revision, and returns how many documents came from
    /// each revision folder.
    /// </summary>
    public static async Task<int[]> EveryDocumentWholeAsync(IIndexStore store, params string[] revisions)
    {
        var chunker = new ParagraphChunker();
        var embedder = new HashingEmbeddingGenerator();
        var perRevision = new int[revisions.Length];
        var states = await store.GetDocumentStatesAsync();
        foreach (var id in states.Keys)
        {
            var stored = (await store.GetDocumentAsync(id))!;
            var revision = Array.FindIndex(revisions, folder => HashOf(folder, id) == stored.ContentHash);
            Assert.True(revision >= 0, $"{id} matches no revision of its source");
            perRevision[revision]++;

            var text = SourceText.Normalize(File.ReadAllText(Path.Combine(revisions[revision], id)));
            var expected = chunker.Split(text);
            Assert.Equal(expected, stored.Chunks.Select(c => c.Text));
            var vectors = await embedder.GenerateAsync(expected);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(vectors[i].Vector.ToArray(), stored.Chunks[i].Vector.ToArray());
            }
        }

        return perRevision;
    }

    private static string? HashOf(string folder, string id)
    {
        var path = Path.Combine(folder, id);
        return File.Exists(path) ? SourceText.Hash(File.ReadAllText(path)) : null;
    }
}
