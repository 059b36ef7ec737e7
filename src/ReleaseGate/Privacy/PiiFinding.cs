namespace ReleaseGate.Privacy;

/// <summary>One piece of personal data or one secret found in a text.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Start">Offset of the first character in the original text, in UTF-16 code units.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="RuleId">The rule that recognized it (for example <c>email</c> or <c>github-pat</c>).</param>
/// <remarks>A finding holds no copy of the value, so it can be logged and stored safely.</remarks>
public readonly record struct PiiFinding(PiiKind Kind, int Start, int Length, string RuleId)
{
    /// <summary>Offset just past the last character in the original text.</summary>
    public int End => Start + Length;
}
