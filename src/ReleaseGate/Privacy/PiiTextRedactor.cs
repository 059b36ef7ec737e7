using Microsoft.Extensions.Compliance.Redaction;

namespace ReleaseGate.Privacy;

/// <summary>
/// A <c>Microsoft.Extensions.Compliance.Redaction</c> redactor that scrubs free text with a
/// <see cref="PiiRedactor"/>: instead of erasing a whole classified value, it replaces only the personal data and
/// secrets inside it, so log messages stay readable.
/// </summary>
/// <remarks>
/// <para>Register it with <see cref="PiiRedactionBuilderExtensions.SetPiiTextRedactor"/>.</para>
/// <para>
/// Callers of the span overloads ask for <see cref="GetRedactedLength"/> and then call
/// <see cref="Redact(ReadOnlySpan{char}, Span{char})"/> with the same text. The text is scanned once: the length
/// call keeps its result for the calling thread, and the redact call that follows uses it and lets it go.
/// </para>
/// </remarks>
public sealed class PiiTextRedactor : Redactor
{
    [ThreadStatic]
    private static Pending? t_pending;

    private readonly ITextRedactor _redactor;

    /// <summary>Creates the redactor around <paramref name="redactor"/>, or the default engine.</summary>
    /// <param name="redactor">The engine to use; <see cref="PiiRedactor.Default"/> when null.</param>
    public PiiTextRedactor(ITextRedactor? redactor = null)
    {
        _redactor = redactor ?? PiiRedactor.Default;
    }

    /// <inheritdoc />
    public override string Redact(string? source) =>
        string.IsNullOrEmpty(source) ? string.Empty : _redactor.Redact(source);

    /// <inheritdoc />
    public override int GetRedactedLength(ReadOnlySpan<char> input)
    {
        var source = input.ToString();
        var redacted = _redactor.Redact(source);
        t_pending = new Pending(this, source, redacted);
        return redacted.Length;
    }

    /// <inheritdoc />
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        var pending = t_pending;
        t_pending = null;
        var redacted = pending is not null && pending.Owner == this && source.SequenceEqual(pending.Source)
            ? pending.Redacted
            : _redactor.Redact(source.ToString());
        if (redacted.Length > destination.Length)
        {
            throw new ArgumentException(
                $"The destination holds {destination.Length} characters; the redacted text needs {redacted.Length}. "
                + "Size it with GetRedactedLength.", nameof(destination));
        }

        redacted.AsSpan().CopyTo(destination);
        return redacted.Length;
    }

    private sealed record Pending(PiiTextRedactor Owner, string Source, string Redacted);
}
