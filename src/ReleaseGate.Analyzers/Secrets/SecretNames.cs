namespace ReleaseGate.Analyzers.Secrets;

/// <summary>Classifies symbol, parameter and configuration key names.</summary>
internal static class SecretNames
{
    private static readonly string[] PasswordWords = ["password", "passwd", "passphrase", "pwd"];

    private static readonly string[] SecretWords =
    [
        "secret", "token", "apikey", "api_key", "accesskey", "access_key", "privatekey", "private_key",
        "clientsecret", "credential", "bearer", "signingkey", "encryptionkey", "sharedkey", "masterkey",
        "subscriptionkey", "authkey", "auth_key",
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

        var lower = name!.ToLowerInvariant();
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
