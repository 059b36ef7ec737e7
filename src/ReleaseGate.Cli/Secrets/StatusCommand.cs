using System.CommandLine;

namespace ReleaseGate.Cli.Secrets;

/// <summary><c>releasegate secrets status</c>: version numbers and grace windows, never values.</summary>
internal static class StatusCommand
{
    public static Command Create(SecretStoreArguments store)
    {
        var command = store.AddTo(new Command("status", "Show a secret's versions and grace windows (never values)."));
        command.SetAction(parsed => SecretsCommandRunner.Run(parsed, output =>
        {
            var status = store.Open(parsed, create: false).GetStatus(store.Name(parsed));
            var now = store.Time.GetUtcNow();
            output.WriteLine($"secret:  {status.Name}");
            output.WriteLine(
                $"current: version {status.CurrentVersion} (since {SecretsCommandRunner.Utc(status.CurrentSince)})");
            if (status.GraceWindows.Count == 0)
            {
                output.WriteLine("grace:   none (only the current version is valid)");
            }

            foreach (var window in status.GraceWindows)
            {
                var left = GraceDuration.Remaining(window.EndsAt - now);
                output.WriteLine($"grace:   version {window.Version} valid until "
                    + $"{SecretsCommandRunner.Utc(window.EndsAt)} ({left} left)");
            }

            return 0;
        }));
        return command;
    }
}
