using ReleaseGate.Indexing;
using ReleaseGate.Tests.Indexing;

namespace ReleaseGate.Tests.Postgres;

/// <summary>Reads a whole store through its public interface, to compare stores document by document.</summary>
internal static class SnapshotReading
{
    public static async Task<SortedDictionary<string, DocumentRecord>> ReadAllAsync(IIndexStore store)
    {
        var all = new SortedDictionary<string, DocumentRecord>(StringComparer.Ordinal);
        foreach (var id in (await store.GetDocumentStatesAsync()).Keys)
        {
            all[id] = (await store.GetDocumentAsync(id))!;
        }

        return all;
    }

    public static void Same(
        SortedDictionary<string, DocumentRecord> expected, SortedDictionary<string, DocumentRecord> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (id, document) in expected)
        {
            IndexStoreContractAssert.Same(document, actual[id]);
        }
    }
}
