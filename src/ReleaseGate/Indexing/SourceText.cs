using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace ReleaseGate.Indexing;

/// <summary>
/// The one normalization every content hash is computed over, so that a byte order mark or Windows line
/// endings alone never make a document look changed.
/// </summary>
public static class SourceText
{
    /// <summary>Removes a leading byte order mark and turns CRLF and lone CR line endings into LF.</summary>
    /// <param name="text">The text to normalize.</param>
    /// <returns>The normalized text; the same instance when nothing changes.</returns>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        if (normalized.Contains('\r', StringComparison.Ordinal))
        {
            normalized = normalized.Replace("\r\n", "\n", StringComparison.Ordinal)
                .Replace('\r', '\n');
        }

        return normalized;
    }

    /// <summary>The SHA-256, as lowercase hex, of the UTF-8 bytes of the normalized text.</summary>
    /// <param name="text">The text to hash.</param>
    /// <returns>64 lowercase hex digits.</returns>
    public static string Hash(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(Normalize(text));
        return Hex.Lower(SHA256.HashData(bytes));
    }

    /// <summary>
    /// Decodes UTF-8 file content and hashes it exactly as <see cref="Hash(string)"/> would hash the decoded
    /// text, without decoding twice when the bytes are already in normal form.
    /// </summary>
    /// <returns><see langword="false"/> when the bytes are not valid UTF-8.</returns>
    internal static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string hash)
    {
        if (!Utf8.IsValid(bytes))
        {
            text = string.Empty;
            hash = string.Empty;
            return false;
        }

        // Most files need no normalization: then the raw bytes are exactly what Hash would encode.
        var hasBom = bytes.StartsWith(Encoding.UTF8.Preamble);
        if (!hasBom && !bytes.Contains((byte)'\r'))
        {
            text = Encoding.UTF8.GetString(bytes);
            hash = Hex.Lower(SHA256.HashData(bytes));
            return true;
        }

        text = Encoding.UTF8.GetString(bytes);
        hash = Hash(text);
        return true;
    }
}
