using System.Text.Json;

namespace ReleaseGate.Secrets;

/// <summary>The plaintext of an encrypted store file: JSON, one object per secret, versions newest first.</summary>
internal sealed class SecretFileDocument
{
    public List<StoredSecret> Secrets { get; set; } = [];

    public static byte[] Serialize(IReadOnlyList<SecretEntry> entries)
    {
        var document = new SecretFileDocument
        {
            Secrets = entries.Select(entry => new StoredSecret
            {
                Name = entry.Name,
                Versions = entry.Previous.Prepend(entry.Current).Select(StoredVersion.Of).ToList(),
            }).ToList(),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, SecretFileJsonContext.Default.SecretFileDocument);
    }

    public static IReadOnlyList<SecretEntry> Deserialize(ReadOnlySpan<byte> json, string path)
    {
        SecretFileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, SecretFileJsonContext.Default.SecretFileDocument);
        }
        catch (JsonException)
        {
            // The parser's message may quote the plaintext, which holds values: it is not passed on.
            document = null;
        }

        if (document?.Secrets is null)
        {
            throw Unreadable(path, "its content is not a list of secrets");
        }

        try
        {
            return document.Secrets.Select(secret => secret.ToEntry()).ToArray();
        }
        catch (ArgumentException error)
        {
            throw Unreadable(path, error.Message);
        }
    }

    private static SecretStoreException Unreadable(string path, string reason) =>
        new(ReleaseGateErrorCodes.SecretStoreUnreadable,
            $"The secret store '{path}' decrypted but cannot be read: {reason}. Nothing was loaded. Restore the "
            + "file from a backup, or use the ReleaseGate version that wrote it.");

    internal sealed class StoredSecret
    {
        public string Name { get; set; } = "";

        public List<StoredVersion> Versions { get; set; } = [];

        public SecretEntry ToEntry()
        {
            if (Versions is not [var current, .. var previous])
            {
                throw new ArgumentException($"secret '{Name}' has no version");
            }

            var older = previous.Select(version => version.ToVersion()).ToList();
            return new SecretEntry(Name, current.ToVersion(), older);
        }
    }

    internal sealed class StoredVersion
    {
        public int Version { get; set; }

        public string Value { get; set; } = "";

        public DateTimeOffset CreatedAt { get; set; }

        public DateTimeOffset? ValidUntil { get; set; }

        public static StoredVersion Of(SecretVersion version) => new()
        {
            Version = version.Version,
            Value = version.Value.Reveal(),
            CreatedAt = version.CreatedAt,
            ValidUntil = version.ValidUntil,
        };

        public SecretVersion ToVersion() => new(Version, new SecretValue(Value), CreatedAt, ValidUntil);
    }
}
