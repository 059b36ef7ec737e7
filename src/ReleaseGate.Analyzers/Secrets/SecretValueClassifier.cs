using ReleaseGate.Privacy.Credentials;

namespace ReleaseGate.Analyzers.Secrets;

/// <summary>
/// Decides whether a literal value is a credential: first by the shared catalog's provider formats, then by
/// the name it is given. Work is bounded by <see cref="MaxLength"/> whatever the literal holds.
/// </summary>
internal static class SecretValueClassifier
{
    /// <summary>Longer literals are scanned only up to here; a PEM key fits, a bundled document need not.</summary>
    public const int MaxLength = 16 * 1024;

    private const int MinPasswordLength = 4;
    private const int MinSecretLength = 12;
    private const double MinSecretEntropy = 3.0;

    public static bool TryClassify(string value, SecretNameKind name, out SecretFinding finding) =>
        TryFindFormat(value, out finding)
        || (name != SecretNameKind.None && CouldBeNamedSecret(value) && TryClassifyByName(value, name, out finding));

    /// <summary>
    /// A provider format, a connection string or URL with a password, a JWT, a PEM key, Basic credentials or a
    /// secret-named query parameter.
    /// </summary>
    public static bool TryFindFormat(string value, out SecretFinding finding)
    {
        finding = default;
        if (value.Length < MinPasswordLength)
        {
            return false;
        }

        return TryFindCatalogFormat(value, out finding)
            || UnprefixedTokens.TryFind(value, out finding)
            || BasicCredentials.TryFind(value, out finding)
            || QueryStringSecrets.TryFind(value, out finding);
    }

    private static bool TryFindCatalogFormat(string value, out SecretFinding finding)
    {
        finding = default;

        // The first match decides; scanning stops there and allocates nothing.
        var length = Math.Min(value.Length, MaxLength);
        for (var i = 0; i < length; i++)
        {
            if (CredentialMatcher.TryMatchAt(value, i, length, out var match))
            {
                finding = new SecretFinding(match.Start, match.Length, match.Rule.Provider + " " + match.Rule.Id);
                return true;
            }
        }

        return false;
    }

    /// <summary>Cheap checks that rule a value out before anything asks what it is called.</summary>
    public static bool CouldBeNamedSecret(string value) =>
        value.Length >= MinPasswordLength
        && !HasWhiteSpace(value)
        && !SecretHeuristics.IsPlaceholder(value)
        && !LookAlikes.IsLookAlike(value)
        && !LookAlikes.IsGuid(value);

    /// <summary>Whether a value that passed <see cref="CouldBeNamedSecret"/> is a secret given its name.</summary>
    public static bool TryClassifyByName(string value, SecretNameKind name, out SecretFinding finding)
    {
        finding = default;
        if (name == SecretNameKind.None)
        {
            return false;
        }

        if (name == SecretNameKind.Password)
        {
            finding = new SecretFinding(0, value.Length, "password");
            return true;
        }

        if (value.Length < MinSecretLength || SecretHeuristics.ShannonEntropy(value) < MinSecretEntropy)
        {
            return false;
        }

        finding = new SecretFinding(0, value.Length, "high-entropy value with a secret name");
        return true;
    }

    private static bool HasWhiteSpace(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }
}
