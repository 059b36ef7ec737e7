using System.CommandLine;

namespace ReleaseGate.Cli;

/// <summary>Adds every verb group to the root command; each group lives in its own folder.</summary>
internal static class CommandRegistry
{
    public static void AddAll(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Subcommands.Add(Secrets.SecretsCommand.Create());
        root.Subcommands.Add(Releases.CanaryCommand.Create());
        root.Subcommands.Add(Releases.ReleaseCommand.Create());
        Privacy.PrivacyCommands.Create().ToList().ForEach(root.Subcommands.Add);
        root.Subcommands.Add(Indexing.IndexCommand.Create());
    }
}
