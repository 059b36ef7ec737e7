using System.CommandLine;
using System.CommandLine.Help;

namespace ReleaseGate.Cli;

/// <summary>Adds every verb group to the root command; each group lives in its own folder.</summary>
internal static class CommandRegistry
{
    /// <summary>
    /// The tool's name as users type it; the assembly has another name so it cannot clash with the library's.
    /// </summary>
    public const string ToolName = "releasegate";

    /// <summary>
    /// Builds the root command. A plain command named after the tool is used instead of <see cref="RootCommand"/>,
    /// whose name comes from the executable file and would print "ReleaseGate.Cli" in the usage line.
    /// </summary>
    public static Command CreateRoot()
    {
        var root = new Command(ToolName, "Operate a knowledge index, gate releases, and rotate secrets.");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        AddAll(root);
        return root;
    }

    public static void AddAll(Command root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Subcommands.Add(Secrets.SecretsCommand.Create());
        root.Subcommands.Add(Releases.CanaryCommand.Create());
        root.Subcommands.Add(Releases.ReleaseCommand.Create());
        Privacy.PrivacyCommands.Create().ToList().ForEach(root.Subcommands.Add);
        root.Subcommands.Add(Indexing.IndexCommand.Create());
    }
}
