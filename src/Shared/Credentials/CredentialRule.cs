namespace ReleaseGate.Privacy.Credentials;

/// <summary>
/// One credential format: where it starts (a literal prefix), how its body is read, and what keeps it from
/// firing on placeholders and low-entropy look-alikes.
/// </summary>
internal sealed class CredentialRule
{
    public CredentialRule(string id, string provider, string prefix, CredentialShape shape)
    {
        Id = id;
        Provider = provider;
        Prefix = prefix;
        Shape = shape;
    }

    /// <summary>Stable id, reported with every match (for example <c>github-pat</c>).</summary>
    public string Id { get; }

    /// <summary>Who issues the credential (for example <c>GitHub</c>).</summary>
    public string Provider { get; }

    /// <summary>The literal the credential starts with; the scanner looks for it first.</summary>
    public string Prefix { get; }

    public CredentialShape Shape { get; }

    /// <summary>Whether <see cref="Prefix"/> matches in any letter case (keywords such as <c>Password=</c>).</summary>
    public bool IgnoreCase { get; set; }

    /// <summary>Whether the reported span starts after the prefix (the prefix is a label, not part of the secret).</summary>
    public bool SecretAfterPrefix { get; set; }

    /// <summary>The characters of a <see cref="CredentialShape.Token"/> body.</summary>
    public TokenChars Body { get; set; } = TokenChars.Alphanumeric;

    public int MinBodyLength { get; set; } = 1;

    public int MaxBodyLength { get; set; } = 256;

    /// <summary>Shannon entropy, in bits per character, the secret part must reach; 0 disables the check.</summary>
    public double MinEntropy { get; set; }

    /// <summary>
    /// Lower-case words that name this credential in code (variable names, configuration keys); the analyzers use
    /// them to raise confidence, the redactor does not need them because every rule is anchored on its prefix.
    /// </summary>
    public IReadOnlyList<string> Keywords { get; set; } = [];

    /// <summary>Rule-specific values that are documented examples, never real credentials.</summary>
    public IReadOnlyList<string> AllowedValues { get; set; } = [];
}
