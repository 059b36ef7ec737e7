namespace ReleaseGate.Privacy.Credentials;

/// <summary>A credential found in text: the span of the secret itself and the rule that recognized it.</summary>
internal readonly struct CredentialMatch
{
    public CredentialMatch(int start, int length, int resumeAt, CredentialRule rule)
    {
        Start = start;
        Length = length;
        ResumeAt = resumeAt;
        Rule = rule;
    }

    /// <summary>Index of the first character of the secret in the scanned string.</summary>
    public int Start { get; }

    /// <summary>Length of the secret in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>Where scanning continues: past the secret and anything the rule consumed after it.</summary>
    public int ResumeAt { get; }

    public CredentialRule Rule { get; }

    public int End => Start + Length;
}
