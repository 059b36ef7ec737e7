using System.CommandLine;
using ReleaseGate.Secrets;

namespace ReleaseGate.Cli.Secrets;

/// <summary><c>releasegate secrets new-key</c>: writes a new random store key to a new file.</summary>
internal static class NewKeyCommand
{
    public static Command Create()
    {
        var keyFile = new Option<string>("--key-file")
        {
            Description = "The key file to create; an existing file is never replaced.",
            Required = true,
        };
        var command = new Command("new-key", "Create a new store key (32 random bytes, base64) in a new file.");
        command.Options.Add(keyFile);
        command.SetAction(parsed => SecretsCommandRunner.Run(parsed, output =>
        {
            var path = parsed.GetRequiredValue(keyFile);
            if (File.Exists(path))
            {
                parsed.InvocationConfiguration.Error.WriteLine(
                    $"error: '{path}' already exists. A store encrypted with it would become unreadable if it were "
                    + "replaced; choose another path.");
                return SecretsCommandRunner.Failed;
            }

            SecretStoreKey.Generate().WriteToFile(path);
            output.WriteLine($"Wrote a new key to '{path}', readable by you only. Keep it apart from the store: "
                + "without it the store cannot be read.");
            return 0;
        }));
        return command;
    }
}
