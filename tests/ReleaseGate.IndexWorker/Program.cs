using ReleaseGate.Indexing;
using ReleaseGate.Postgres.Indexing;

// Usage: ReleaseGate.IndexWorker CONNECTION INDEX STEP...   where STEP is "reindex:FOLDER" or "sweep".
// Small embedding batches make many short write transactions, so two workers interleave as much as they can.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: ReleaseGate.IndexWorker CONNECTION INDEX (reindex:FOLDER | sweep)...");
    return 2;
}

await using var store = await PostgresIndexStore.OpenAsync(args[0], args[1]);
var index = new KnowledgeIndex(
    store, new HashingEmbeddingGenerator(), RedactionPolicy.None, new KnowledgeIndexOptions { EmbeddingBatchSize = 4 });
foreach (var step in args[2..])
{
    if (step == "sweep")
    {
        var swept = await index.SweepExpiredAsync();
        Console.WriteLine($"sweep: {swept.Removed.Count} removed");
    }
    else if (step.StartsWith("reindex:", StringComparison.Ordinal))
    {
        var result = await index.ReindexAsync(new DirectorySource(step["reindex:".Length..]));
        Console.WriteLine($"{step}: {result}");
    }
    else
    {
        Console.Error.WriteLine($"unknown step '{step}'");
        return 2;
    }
}

return 0;
