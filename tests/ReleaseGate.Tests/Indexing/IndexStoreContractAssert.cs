using ReleaseGate.Indexing;

namespace ReleaseGate.Tests.Indexing;

/// <summary>Compares two document records field by field, chunk texts and vector bits included.</summary>
public static class IndexStoreContractAssert
{
    public static void Same(DocumentRecord expected, DocumentRecord actual)
    {
        Assert.Equal(
            (expected.Id, expected.SourceUri, expected.ContentHash, expected.Fingerprint, expected.IndexedAt, expected.ExpiresAt),
            (actual.Id, actual.SourceUri, actual.ContentHash, actual.Fingerprint, actual.IndexedAt, actual.ExpiresAt));
        Assert.Equal(expected.Metadata.OrderBy(p => p.Key), actual.Metadata.OrderBy(p => p.Key));
        Assert.Equal(expected.Chunks.Count, actual.Chunks.Count);
        for (var i = 0; i < expected.Chunks.Count; i++)
        {
            Assert.Equal(expected.Chunks[i].Ordinal, actual.Chunks[i].Ordinal);
            Assert.Equal(expected.Chunks[i].Text, actual.Chunks[i].Text);
            Assert.Equal(expected.Chunks[i].Vector.ToArray(), actual.Chunks[i].Vector.ToArray());
        }
    }
}
