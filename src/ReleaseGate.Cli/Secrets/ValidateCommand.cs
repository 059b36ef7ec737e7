using System.CommandLine;

namespace ReleaseGate.Cli.Secrets;

/// <summary>
/// <c>releasegate secrets validate</c>: checks a value read from standard input. Exit code 0 when it is
/// accepted, 1 when it is rejected, 2 on an error.
/// </summary>
internal static class ValidateCommand
{
    public const int Rejected = 1;

    public static Command Create(SecretStoreArguments store, TextReader input)
    {
        var command = store.AddTo(new Command("validate",
            "Check the value on standard input: exit 0 if accepted, 1 if rejected, 2 on an error."));
        command.SetAction(parsed => SecretsCommandRunner.Run(parsed, output =>
        {
            var name = store.Name(parsed);
            var secrets = store.Open(parsed, create: false);
            var presented = SecretsCommandRunner.ReadValue(input, "value to check");
            if (secrets.FindValidVersion(name, presented.Reveal()) is not { } version)
            {
                output.WriteLine($"rejected: the value is not a valid version of secret '{name}'");
                return Rejected;
            }

            var status = secrets.GetStatus(name);
            var window = status.GraceWindows.FirstOrDefault(window => window.Version == version);
            output.WriteLine(version == status.CurrentVersion
                ? $"accepted: version {version} (current)"
                : $"accepted: version {version} (grace window until {SecretsCommandRunner.Utc(window.EndsAt)})");
            return 0;
        }));
        return command;
    }
}
