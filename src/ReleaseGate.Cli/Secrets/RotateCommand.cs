using System.CommandLine;

namespace ReleaseGate.Cli.Secrets;

/// <summary><c>releasegate secrets rotate</c>: a new current value, and a grace window for the old one.</summary>
internal static class RotateCommand
{
    public static Command Create(SecretStoreArguments store, TextReader input)
    {
        var grace = new Option<TimeSpan>("--grace")
        {
            Description = "How long the previous value stays valid: 30s, 10m, 2h, 1d, or 0 for none.",
            DefaultValueFactory = _ => GraceDuration.Default,
            CustomParser = GraceOption.Parse,
        };
        var show = new Option<bool>("--show")
        {
            Description = "Print the new value, once, as the only line on standard output.",
        };
        var fromInput = new Option<bool>("--value-stdin")
        {
            Description = "Take the new value from the first line of standard input instead of generating one.",
        };
        var command = store.AddTo(
            new Command("rotate", "Make a new value current; the old one stays valid for --grace."));
        command.Options.Add(grace);
        command.Options.Add(show);
        command.Options.Add(fromInput);
        command.SetAction(parsed => SecretsCommandRunner.Run(parsed, output =>
        {
            var name = store.Name(parsed);
            var window = parsed.GetValue(grace);
            var secrets = store.Open(parsed, create: true);
            var rotation = parsed.GetValue(fromInput)
                ? secrets.Rotate(name, SecretsCommandRunner.ReadValue(input, "new value"), window)
                : secrets.Rotate(name, window);

            var status = rotation.Status;
            var summary = status.PreviousVersion is { } previous
                ? $"Rotated secret '{name}' to version {status.CurrentVersion}. Version {previous} stays valid until "
                    + $"{SecretsCommandRunner.Utc(status.GraceEndsAt!.Value)} (grace {GraceDuration.Format(window)})."
                : $"Secret '{name}' is now at version {status.CurrentVersion}; no earlier version is valid.";
            if (parsed.GetValue(show))
            {
                parsed.InvocationConfiguration.Error.WriteLine(summary);
                output.WriteLine(rotation.Value.Reveal());
            }
            else
            {
                output.WriteLine(summary);
                output.WriteLine("The new value was not printed; pass --show to print it when rotating.");
            }

            return 0;
        }));
        return command;
    }
}
