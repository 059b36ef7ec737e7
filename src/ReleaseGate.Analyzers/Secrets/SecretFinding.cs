namespace ReleaseGate.Analyzers.Secrets;

/// <summary>A credential found in a value: where it is inside the value and what it looks like.</summary>
internal readonly struct SecretFinding
{
    public SecretFinding(int start, int length, string description)
    {
        Start = start;
        Length = length;
        Description = description;
    }

    public int Start { get; }

    public int Length { get; }

    /// <summary>Names the kind of credential, never the value (for example "GitHub github-pat").</summary>
    public string Description { get; }
}
