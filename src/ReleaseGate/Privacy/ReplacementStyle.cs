namespace ReleaseGate.Privacy;

/// <summary>What a finding is replaced with.</summary>
public enum ReplacementStyle
{
    /// <summary>A tag naming the kind, such as <c>[EMAIL]</c>. The default.</summary>
    Tag,

    /// <summary>The fixed <see cref="PiiRedactorOptions.Mask"/>, which reveals neither kind nor length.</summary>
    Mask,

    /// <summary>
    /// A keyed pseudonym such as <c>[EMAIL:4F0C2A9BE317]</c>: HMAC-SHA256 of the value under
    /// <see cref="PiiRedactorOptions.PseudonymKey"/>, so one value maps to one token across documents.
    /// </summary>
    Pseudonym,
}
