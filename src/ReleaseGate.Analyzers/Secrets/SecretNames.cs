namespace ReleaseGate.Analyzers.Secrets;

/// <summary>Classifies symbol, parameter and configuration key names.</summary>
internal static class SecretNames
{
    private static readonly string[] PasswordWords = ["password", "passwd", "passphrase", "pwd"];

    private static readonly string[] SecretWords =
    [
        "secret", "token", "apikey", "accesskey", "privatekey", "clientsecret", "credential", "bearer", "signingkey",
        "encryptionkey", "sharedkey", "masterkey", "subscriptionkey", "authkey", "hmackey",
    ];

    // A name that ends like these holds something about a secret (where it lives, what it is called, how it is
    // asked for), not the secret itself: PasswordHeader, TokenEndpoint, SecretName, ApiKeyConfigKey.
    private static readonly string[] DescriptiveSuffixes =
    [
        "name", "names", "header", "field", "label", "path", "setting", "settings", "variable", "env", "prompt",
        "message", "format", "pattern", "regex", "type", "kind", "endpoint", "url", "uri", "id", "length",
        "policy", "configkey", "section", "property", "parameter", "claim", "scheme", "hint", "placeholder",
        "title", "text", "description", "error", "count", "expiry", "expiration", "lifetime", "timeout",
        "provider", "store", "file", "filename", "location", "validator", "hash", "hasher", "salt",
    ];

    public static SecretNameKind Classify(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return SecretNameKind.None;
        }

        var lower = Normalize(name!);
        foreach (var suffix in DescriptiveSuffixes)
        {
            if (lower.EndsWith(suffix, StringComparison.Ordinal) && !EndsWithSecretWord(lower))
            {
                return SecretNameKind.None;
            }
        }

        if (ContainsAny(lower, PasswordWords))
        {
            return SecretNameKind.Password;
        }

        return ContainsAny(lower, SecretWords) ? SecretNameKind.Secret : SecretNameKind.None;
    }

    // Header names, environment variables and settings keys spell words apart: X-Api-Key, AWS_SECRET_ACCESS_KEY.
    private static string Normalize(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is not ('-' or '_' or '.' or ':' or ' '))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    // "ApiKey" ends in "key" and "ClientSecret" in "secret"; those suffixes are the secret itself.
    private static bool EndsWithSecretWord(string lower)
    {
        foreach (var word in SecretWords)
        {
            if (lower.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var word in PasswordWords)
        {
            if (lower.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string lower, string[] words)
    {
        foreach (var word in words)
        {
            if (lower.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
