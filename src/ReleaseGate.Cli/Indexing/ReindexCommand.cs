using System.CommandLine;
using ReleaseGate.Indexing;

namespace ReleaseGate.Cli.Indexing;

/// <summary><c>index build</c> (creates the store when needed) and <c>index reindex</c> (the store must exist).</summary>
internal static class ReindexCommand
{
    public static Command Create(bool build)
    {
        var command = new Command(
            build ? "build" : "reindex",
            build
                ? "Build an index from a folder, or bring an existing one up to date."
                : "Bring an existing index up to date with its folder: embed only what changed, remove what was deleted.");
        var store = IndexCliOptions.Store();
        var source = IndexCliOptions.Source();
        var glob = IndexCliOptions.Glob();
        var embedder = IndexCliOptions.Embedder();
        var json = IndexCliOptions.Json();
        var ttl = new Option<TimeSpan?>("--ttl") { Description = "Default time-to-live of documents, e.g. 30.00:00:00." };
        var rebuild = new Option<bool>("--rebuild")
        {
            Description = "Accept a store built by another pipeline and re-embed every document.",
        };
        command.Options.Add(store);
        var indexName = IndexCliOptions.IndexName();
        command.Options.Add(indexName);
        command.Options.Add(source);
        command.Options.Add(glob);
        command.Options.Add(embedder);
        command.Options.Add(ttl);
        command.Options.Add(json);
        if (build)
        {
            command.Options.Add(rebuild);
        }

        command.SetAction((parseResult, cancellationToken) => CliOutput.RunAsync(parseResult, async () =>
        {
            var folder = new DirectorySource(parseResult.GetValue(source)!, parseResult.GetValue(glob)!);
            folder.ThrowIfMissing();
            var options = new KnowledgeIndexOptions
            {
                DefaultTimeToLive = parseResult.GetValue(ttl),
                AllowPipelineChange = build && parseResult.GetValue(rebuild),
            };
            await using var session = await IndexSession.OpenAsync(
                parseResult.GetValue(store)!, parseResult.GetValue(indexName)!, createIfMissing: build, parseResult.GetValue(embedder)!, options);
            var asJson = parseResult.GetValue(json);
            ReindexResult result;
            using (var bar = ConsoleProgressBar.ForTerminal(asJson))
            {
                result = await session.Index.ReindexAsync(folder, bar, cancellationToken);
            }

            if (asJson)
            {
                CliOutput.WriteJson(parseResult, result);
            }
            else
            {
                CliOutput.Out(parseResult).WriteLine(
                    $"{session.Location}: {result.Added} added, {result.Updated} updated, {result.Deleted} deleted, " +
                    $"{result.Unchanged} unchanged; {result.ChunksEmbedded} chunks embedded in {result.EmbeddingCalls} calls.");
            }

            return 0;
        }));
        return command;
    }
}
