using System.CommandLine;

namespace ReleaseGate.Cli.Secrets;

/// <summary><c>releasegate secrets expire-grace</c>: closes the grace window now.</summary>
internal static class ExpireGraceCommand
{
    public static Command Create(SecretStoreArguments store)
    {
        var command = store.AddTo(new Command("expire-grace",
            "Close the grace window now: only the current version stays valid."));
        command.SetAction(parsed => SecretsCommandRunner.Run(parsed, output =>
        {
            var name = store.Name(parsed);
            var secrets = store.Open(parsed, create: false);
            var closed = secrets.GetStatus(name).GraceWindows.Select(window => window.Version).ToList();
            var status = secrets.ExpireGrace(name);
            output.WriteLine(closed.Count == 0
                ? $"Secret '{name}' had no open grace window; version {status.CurrentVersion} is the only valid one."
                : $"Closed the grace window of secret '{name}': version {string.Join(", ", closed)} is no longer "
                    + $"accepted; only version {status.CurrentVersion} is valid.");
            return 0;
        }));
        return command;
    }
}
