namespace ReleaseGate.Privacy;

/// <summary>
/// Removes personal data and credentials from free text. The knowledge index runs one on every chunk before
/// the chunk is embedded or stored.
/// </summary>
/// <remarks>
/// Implementations must be idempotent (redacting redacted text changes nothing) and thread-safe, and must never
/// log or throw with the values they remove.
/// </remarks>
public interface ITextRedactor
{
    /// <summary>Returns <paramref name="text"/> with every finding replaced.</summary>
    /// <param name="text">The text to scrub.</param>
    /// <returns>The redacted text; the same instance when nothing was found.</returns>
    string Redact(string text);
}
