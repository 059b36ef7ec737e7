using System.CommandLine;
using ReleaseGate.Indexing;

namespace ReleaseGate.Cli.Indexing;

/// <summary><c>index verify</c>: check a snapshot against its manifest by opening it.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var command = new Command(
            "verify", "Check a snapshot: checksum, SQLite integrity, and its content against its manifest.");
        var snapshot = new Option<string>("--snapshot") { Description = "The snapshot file.", Required = true };
        var json = IndexCliOptions.Json();
        command.Options.Add(snapshot);
        command.Options.Add(json);
        command.SetAction((parseResult, cancellationToken) => CliOutput.RunAsync(parseResult, async () =>
        {
            var verified = await SqliteSnapshots.VerifySnapshotAsync(parseResult.GetValue(snapshot)!, cancellationToken);
            if (parseResult.GetValue(json))
            {
                CliOutput.WriteJson(parseResult, new { verified = true, snapshot = SnapshotCommand.Summary(verified) });
            }
            else
            {
                CliOutput.Out(parseResult).WriteLine("verified " + SnapshotCommand.Line(verified));
            }

            return 0;
        }));
        return command;
    }
}
