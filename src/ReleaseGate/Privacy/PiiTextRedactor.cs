using Microsoft.Extensions.Compliance.Redaction;

namespace ReleaseGate.Privacy;

/// <summary>
/// A <c>Microsoft.Extensions.Compliance.Redaction</c> redactor that scrubs free text with a
/// <see cref="PiiRedactor"/>: instead of erasing a whole classified value, it replaces only the personal data and
/// secrets inside it, so log messages stay readable.
/// </summary>
/// <remarks>Register it with <see cref="PiiRedactionBuilderExtensions.SetPiiTextRedactor"/>.</remarks>
public sealed class PiiTextRedactor : Redactor
{
    private readonly PiiRedactor _redactor;

    /// <summary>Creates the redactor around <paramref name="redactor"/>, or the default engine.</summary>
    /// <param name="redactor">The engine to use; <see cref="PiiRedactor.Default"/> when null.</param>
    public PiiTextRedactor(PiiRedactor? redactor = null)
    {
        _redactor = redactor ?? PiiRedactor.Default;
    }

    /// <inheritdoc />
    public override int GetRedactedLength(ReadOnlySpan<char> input) => _redactor.Redact(input.ToString()).Length;

    /// <inheritdoc />
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        var redacted = _redactor.Redact(source.ToString());
        if (redacted.Length > destination.Length)
        {
            throw new ArgumentException(
                $"The destination holds {destination.Length} characters; the redacted text needs {redacted.Length}. "
                + "Size it with GetRedactedLength.", nameof(destination));
        }

        redacted.AsSpan().CopyTo(destination);
        return redacted.Length;
    }
}
