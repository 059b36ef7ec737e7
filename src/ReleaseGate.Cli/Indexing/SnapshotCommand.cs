using System.CommandLine;
using System.Globalization;
using ReleaseGate.Indexing;

namespace ReleaseGate.Cli.Indexing;

/// <summary><c>index snapshot</c>: take, list and prune snapshots of a store.</summary>
internal static class SnapshotCommand
{
    public static Command Create()
    {
        var command = new Command("snapshot", "Write a consistent, checksummed copy of the index with a manifest.");
        var store = IndexCliOptions.Store();
        var json = IndexCliOptions.Json();
        var folder = new Option<string?>("--dir")
        {
            Description = "Where snapshots are kept (default: STORE.snapshots; required for a PostgreSQL store).",
        };
        var keep = new Option<int?>("--keep") { Description = "After the snapshot, delete all but the newest N." };
        var list = new Option<bool>("--list") { Description = "List the snapshots instead of taking one." };
        command.Options.Add(store);
        var indexName = IndexCliOptions.IndexName();
        command.Options.Add(indexName);
        command.Options.Add(folder);
        command.Options.Add(keep);
        command.Options.Add(list);
        command.Options.Add(json);
        command.SetAction((parseResult, cancellationToken) => CliOutput.RunAsync(parseResult, async () =>
        {
            var storeValue = parseResult.GetValue(store)!;
            var postgres = CliStores.IsPostgres(storeValue);
            var storePath = postgres ? "postgres.db" : Path.GetFullPath(storeValue);
            if (postgres && parseResult.GetValue(folder) is null)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                    "--store names a PostgreSQL server, so there is no file to keep snapshots beside: " +
                    "give the snapshot folder with --dir. Nothing was written.");
                return CliOutput.UserError;
            }

            var directory = Path.GetFullPath(parseResult.GetValue(folder) ?? storePath + ".snapshots");
            var output = CliOutput.Out(parseResult);
            if (parseResult.GetValue(list))
            {
                var snapshots = SqliteSnapshots.List(directory);
                if (parseResult.GetValue(json))
                {
                    CliOutput.WriteJson(parseResult, new { snapshots = snapshots.Select(Summary) });
                }
                else
                {
                    foreach (var snapshot in snapshots)
                    {
                        output.WriteLine(Line(snapshot));
                    }
                }

                return 0;
            }

            await using var live = await CliStores.OpenAsync(storeValue, parseResult.GetValue(indexName)!, createIfMissing: false, cancellationToken);
            Directory.CreateDirectory(directory);
            var name = $"{Path.GetFileNameWithoutExtension(storePath)}-" +
                DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture) + ".db";
            var taken = await CliStores.Snapshots(live).SnapshotAsync(Path.Combine(directory, name), cancellationToken);
            var pruned = parseResult.GetValue(keep) is { } count ? SqliteSnapshots.Prune(directory, count) : [];
            if (parseResult.GetValue(json))
            {
                CliOutput.WriteJson(parseResult, new { snapshot = Summary(taken), pruned = pruned.Select(p => p.Path) });
                return 0;
            }

            output.WriteLine(Line(taken));
            foreach (var old in pruned)
            {
                output.WriteLine($"pruned {old.Path}");
            }

            return 0;
        }));
        return command;
    }

    internal static object Summary(SnapshotInfo snapshot) => new
    {
        path = snapshot.Path,
        createdAt = snapshot.Manifest.CreatedAt,
        documents = snapshot.Manifest.Documents,
        chunks = snapshot.Manifest.Chunks,
        sha256 = snapshot.Manifest.Sha256,
        fingerprint = snapshot.Manifest.Fingerprint,
    };

    internal static string Line(SnapshotInfo snapshot) => string.Create(
        CultureInfo.InvariantCulture,
        $"{snapshot.Path}  {snapshot.Manifest.CreatedAt:u}  {snapshot.Manifest.Documents} documents, " +
        $"{snapshot.Manifest.Chunks} chunks, sha256 {snapshot.Manifest.Sha256[..12]}");
}
