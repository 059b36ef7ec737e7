using ReleaseGate.Indexing;
using ReleaseGate.Tests.ReindexHost;

// Usage: ReindexHost STORE SOURCE BLOCK_AFTER_CALLS
// Reindexes SOURCE into STORE with the hashing embedder; after BLOCK_AFTER_CALLS embedder calls it prints
// "blocked" and waits until it is killed.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: ReindexHost STORE SOURCE BLOCK_AFTER_CALLS");
    return 64;
}

await using var store = await SqliteIndexStore.OpenAsync(args[0]);
var embedder = new BlockingEmbedder(int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
var index = new KnowledgeIndex(store, embedder, RedactionPolicy.None);
var result = await index.ReindexAsync(new DirectorySource(args[1]));
Console.WriteLine($"finished {result}");
return 0;
