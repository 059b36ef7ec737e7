using System.CommandLine;

namespace ReleaseGate.Cli.Indexing;

/// <summary>The <c>index</c> verb group.</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var index = new Command("index", "Operate a knowledge index: build, status, reindex, sweep, search, snapshots.");
        index.Subcommands.Add(ReindexCommand.Create(build: true));
        index.Subcommands.Add(StatusCommand.Create());
        index.Subcommands.Add(ReindexCommand.Create(build: false));
        index.Subcommands.Add(SweepCommand.Create());
        index.Subcommands.Add(SearchCommand.Create());
        index.Subcommands.Add(SnapshotCommand.Create());
        index.Subcommands.Add(VerifyCommand.Create());
        index.Subcommands.Add(RestoreCommand.Create());
        return index;
    }
}
