using System.CommandLine;

namespace ReleaseGate.Cli.Indexing;

/// <summary><c>index sweep</c>: remove documents whose time-to-live has run out.</summary>
internal static class SweepCommand
{
    public static Command Create()
    {
        var command = new Command("sweep", "Remove every document whose time-to-live has run out.");
        var store = IndexCliOptions.Store();
        var json = IndexCliOptions.Json();
        command.Options.Add(store);
        var indexName = IndexCliOptions.IndexName();
        command.Options.Add(indexName);
        command.Options.Add(json);
        command.SetAction((parseResult, cancellationToken) => CliOutput.RunAsync(parseResult, async () =>
        {
            // Sweeping embeds nothing, so any embedder name will do; the fingerprint is not consulted.
            await using var session = await IndexSession.OpenAsync(
                parseResult.GetValue(store)!, parseResult.GetValue(indexName)!, createIfMissing: false, "hashing");
            var result = await session.Index.SweepExpiredAsync(cancellationToken);
            if (parseResult.GetValue(json))
            {
                CliOutput.WriteJson(parseResult, new { removed = result.Removed, sweptAt = result.SweptAt });
                return 0;
            }

            var output = CliOutput.Out(parseResult);
            output.WriteLine($"{result.Removed.Count} expired documents removed.");
            foreach (var id in result.Removed)
            {
                output.WriteLine($"  removed  {id}");
            }

            return 0;
        }));
        return command;
    }
}
