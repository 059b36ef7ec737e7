namespace ReleaseGate.Privacy;

/// <summary>Settings for <see cref="PiiRedactor"/>.</summary>
public sealed class PiiRedactorOptions
{
    /// <summary>The mask used by <see cref="ReplacementStyle.Mask"/>.</summary>
    public const string DefaultMask = "*****";

    /// <summary>What each finding is replaced with. Defaults to <see cref="ReplacementStyle.Tag"/>.</summary>
    public ReplacementStyle Style { get; set; } = ReplacementStyle.Tag;

    /// <summary>
    /// The kinds to find; all of them by default. A kind left out is neither reported nor replaced.
    /// </summary>
    public IReadOnlyCollection<PiiKind> Kinds { get; set; } = PiiKindExtensions.All;

    /// <summary>The text that replaces every finding with <see cref="ReplacementStyle.Mask"/>.</summary>
    /// <remarks>It must not itself look like personal data, or redaction would stop being idempotent.</remarks>
    public string Mask { get; set; } = DefaultMask;

    /// <summary>
    /// The HMAC key for <see cref="ReplacementStyle.Pseudonym"/>: at least 16 bytes, kept secret, and the same for
    /// every document whose pseudonyms must agree.
    /// </summary>
    public ReadOnlyMemory<byte> PseudonymKey { get; set; }
}
