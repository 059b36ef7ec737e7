using ReleaseGate.Privacy.Scanning;

namespace ReleaseGate.Privacy;

/// <summary>
/// Finds and replaces personal data and credentials in free text: emails, US social security numbers, payment
/// cards, phone numbers, IBANs, IP addresses and everything in the credential catalog.
/// </summary>
/// <remarks>
/// <para>
/// Candidates are validated (Luhn for cards, SSA rules for SSNs, mod-97 for IBANs, octet ranges for IPs, issuer
/// formats, entropy and placeholder checks for credentials) so that ordinary numbers survive.
/// </para>
/// <para>
/// The scan is linear in the length of the text on any input: it uses no backtracking regular expressions. The
/// redactor is idempotent, thread-safe and stateless, and it never logs or throws with the values it removes.
/// </para>
/// </remarks>
public sealed class PiiRedactor : ITextRedactor
{
    private readonly PiiScanner _scanner;
    private readonly ReplacementWriter _writer;

    /// <summary>Creates a redactor.</summary>
    /// <param name="options">Style, kinds and keys; the defaults (all kinds, typed tags) when null.</param>
    /// <exception cref="ArgumentException">The pseudonym style without a key of at least 16 bytes.</exception>
    public PiiRedactor(PiiRedactorOptions? options = null)
    {
        options ??= new PiiRedactorOptions();
        _scanner = new PiiScanner(options.Kinds);
        _writer = new ReplacementWriter(options);
    }

    /// <summary>A shared redactor with the default options: every kind, replaced by typed tags.</summary>
    public static PiiRedactor Default { get; } = new();

    /// <inheritdoc />
    public string Redact(string text) => RedactWithFindings(text).Text;

    /// <summary>Redacts <paramref name="text"/> and reports what was replaced.</summary>
    /// <param name="text">The text to scrub.</param>
    /// <returns>The redacted text and the findings, with spans in the original text.</returns>
    public RedactionResult RedactWithFindings(string text)
    {
        var findings = Find(text);
        return new RedactionResult(findings.Count == 0 ? text : _writer.Write(text, findings), findings);
    }

    /// <summary>Finds personal data and credentials without replacing anything.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns>The findings in order, merged so that none overlap.</returns>
    public IReadOnlyList<PiiFinding> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var findings = new List<PiiFinding>();
        _scanner.Find(text, findings);
        return FindingMerger.Merge(text, findings);
    }
}
