using System.CommandLine;
using ReleaseGate.Secrets;

namespace ReleaseGate.Cli.Secrets;

/// <summary>The options every <c>secrets</c> verb shares: which store, which key, which secret.</summary>
internal sealed class SecretStoreArguments
{
    private readonly Option<string> _store = new("--store")
    {
        Description = "The encrypted secret store file.",
        Required = true,
    };

    private readonly Option<string> _name = new("--name")
    {
        Description = "The secret's name.",
        Required = true,
    };

    private readonly Option<string?> _keyFile = new("--key-file")
    {
        Description = "A file holding the store key in base64. Without it, the key is read from --key-env.",
    };

    private readonly Option<string> _keyEnvironment = new("--key-env")
    {
        Description = "The environment variable holding the store key in base64.",
        DefaultValueFactory = _ => SecretStoreKey.DefaultEnvironmentVariable,
    };

    public SecretStoreArguments(TimeProvider time)
    {
        Time = time;
    }

    public TimeProvider Time { get; }

    public Command AddTo(Command command)
    {
        command.Options.Add(_store);
        command.Options.Add(_name);
        command.Options.Add(_keyFile);
        command.Options.Add(_keyEnvironment);
        return command;
    }

    public string Name(ParseResult parsed) => parsed.GetRequiredValue(_name);

    /// <summary>Opens the store; <paramref name="create"/> allows a file that does not exist yet.</summary>
    public SecretStore Open(ParseResult parsed, bool create)
    {
        var path = parsed.GetRequiredValue(_store);
        if (!create && !File.Exists(path))
        {
            throw new SecretStoreException(ReleaseGateErrorCodes.PathNotFound,
                $"The secret store '{path}' does not exist. Check --store, or create the store with "
                + "'releasegate secrets rotate'.");
        }

        var keyFile = parsed.GetValue(_keyFile);
        var key = keyFile is null
            ? SecretStoreKey.FromEnvironment(parsed.GetRequiredValue(_keyEnvironment))
            : SecretStoreKey.FromFile(keyFile);
        return new SecretStore(new SecretStoreOptions().UseEncryptedFile(path, key), Time);
    }
}
