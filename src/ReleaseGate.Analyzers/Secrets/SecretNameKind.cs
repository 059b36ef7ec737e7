namespace ReleaseGate.Analyzers.Secrets;

/// <summary>What the name a value is given says about it.</summary>
internal enum SecretNameKind
{
    /// <summary>Nothing: only a credential format can make the value a finding.</summary>
    None,

    /// <summary>A token, key or secret: the value must also look random.</summary>
    Secret,

    /// <summary>A password: people choose those, so any real-looking value counts.</summary>
    Password,
}
