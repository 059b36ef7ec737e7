namespace ReleaseGate.Privacy.Credentials;

/// <summary>How the text after a rule's prefix is read.</summary>
internal enum CredentialShape
{
    /// <summary>A run of body characters whose length lies between the rule's bounds.</summary>
    Token,

    /// <summary>Three dot-separated base64url segments; the first two are JSON objects (<c>eyJ</c>).</summary>
    Jwt,

    /// <summary>A PEM block whose header names a private key, up to its footer.</summary>
    PemPrivateKey,

    /// <summary><c>Keyword=value</c> as in connection strings; the secret is the value, quoted or not.</summary>
    KeywordValue,

    /// <summary><c>scheme://user:password@host</c>; the secret is the password.</summary>
    UrlPassword,
}
