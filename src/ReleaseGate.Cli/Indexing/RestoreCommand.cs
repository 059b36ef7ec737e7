using System.CommandLine;
using ReleaseGate.Indexing;

namespace ReleaseGate.Cli.Indexing;

/// <summary><c>index restore</c>: replace the store with a verified snapshot, all or nothing.</summary>
internal static class RestoreCommand
{
    public static Command Create()
    {
        var command = new Command(
            "restore", "Verify a snapshot, then replace the index with it in one step; on failure nothing changes.");
        var store = IndexCliOptions.Store();
        var snapshot = new Option<string>("--snapshot") { Description = "The snapshot file.", Required = true };
        var json = IndexCliOptions.Json();
        command.Options.Add(store);
        var indexName = IndexCliOptions.IndexName();
        command.Options.Add(indexName);
        command.Options.Add(snapshot);
        command.Options.Add(json);
        command.SetAction((parseResult, cancellationToken) => CliOutput.RunAsync(parseResult, async () =>
        {
            // Verify before opening (and so perhaps creating) the store, so a bad snapshot leaves no trace.
            await SqliteSnapshots.VerifySnapshotAsync(parseResult.GetValue(snapshot)!, cancellationToken);
            await using var live = await CliStores.OpenAsync(parseResult.GetValue(store)!, parseResult.GetValue(indexName)!, true, cancellationToken);
            var restored = await CliStores.Snapshots(live).RestoreAsync(parseResult.GetValue(snapshot)!, cancellationToken);
            var location = CliStores.Describe(live);
            if (parseResult.GetValue(json))
            {
                CliOutput.WriteJson(parseResult, new { restored = SnapshotCommand.Summary(restored), store = location });
            }
            else
            {
                CliOutput.Out(parseResult).WriteLine($"restored {location} from {restored.Path}");
            }

            return 0;
        }));
        return command;
    }
}
