using System.CommandLine;
using ReleaseGate.Indexing;

namespace ReleaseGate.Cli.Indexing;

/// <summary><c>index status</c>: what a reindex would do, without changing anything.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "Compare an index with its folder: new, changed, deleted, unchanged.");
        var store = IndexCliOptions.Store();
        var source = IndexCliOptions.Source();
        var glob = IndexCliOptions.Glob();
        var embedder = IndexCliOptions.Embedder();
        var json = IndexCliOptions.Json();
        command.Options.Add(store);
        var indexName = IndexCliOptions.IndexName();
        command.Options.Add(indexName);
        command.Options.Add(source);
        command.Options.Add(glob);
        command.Options.Add(embedder);
        command.Options.Add(json);
        command.SetAction((parseResult, cancellationToken) => CliOutput.RunAsync(parseResult, async () =>
        {
            var folder = new DirectorySource(parseResult.GetValue(source)!, parseResult.GetValue(glob)!);
            folder.ThrowIfMissing();
            await using var session = await IndexSession.OpenAsync(
                parseResult.GetValue(store)!, parseResult.GetValue(indexName)!, createIfMissing: false, parseResult.GetValue(embedder)!);
            var report = await session.Index.FindStaleAsync(folder, cancellationToken);
            if (parseResult.GetValue(json))
            {
                CliOutput.WriteJson(parseResult, new
                {
                    @new = report.New,
                    changed = report.Changed,
                    deleted = report.Deleted,
                    unchanged = report.Unchanged,
                    pipelineChanged = report.PipelineChanged,
                });
                return 0;
            }

            var output = CliOutput.Out(parseResult);
            output.WriteLine(
                $"{report.New.Count} new, {report.Changed.Count} changed, {report.Deleted.Count} deleted, " +
                $"{report.Unchanged} unchanged{(report.PipelineChanged ? "; the pipeline changed" : string.Empty)}.");
            Write(output, "new", report.New);
            Write(output, "changed", report.Changed);
            Write(output, "deleted", report.Deleted);
            return 0;
        }));
        return command;
    }

    private static void Write(TextWriter output, string label, IReadOnlyList<string> ids)
    {
        foreach (var id in ids)
        {
            output.WriteLine($"  {label,-8} {id}");
        }
    }
}
