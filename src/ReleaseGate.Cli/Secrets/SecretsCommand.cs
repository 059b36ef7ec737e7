using System.CommandLine;

namespace ReleaseGate.Cli.Secrets;

/// <summary>The <c>secrets</c> verb group: rotate, status, expire-grace, validate and new-key.</summary>
internal static class SecretsCommand
{
    /// <summary>Builds the group; tests pass their own standard input and clock.</summary>
    public static Command Create(TextReader? input = null, TimeProvider? time = null)
    {
        var stdin = input ?? Console.In;
        var store = new SecretStoreArguments(time ?? TimeProvider.System);
        var command = new Command("secrets", "Rotate secrets with a grace window, and check presented values.");
        command.Subcommands.Add(RotateCommand.Create(store, stdin));
        command.Subcommands.Add(StatusCommand.Create(store));
        command.Subcommands.Add(ExpireGraceCommand.Create(store));
        command.Subcommands.Add(ValidateCommand.Create(store, stdin));
        command.Subcommands.Add(NewKeyCommand.Create());
        return command;
    }
}
