using System.Security.Cryptography;
using System.Text;

namespace ReleaseGate.Privacy.Scanning;

/// <summary>Writes the redacted text: everything between findings as it was, each finding replaced.</summary>
internal sealed class ReplacementWriter
{
    private const int MinKeyBytes = 16;
    private const int PseudonymHexChars = 12;

    private readonly ReplacementStyle _style;
    private readonly string _mask;
    private readonly byte[] _key;

    public ReplacementWriter(PiiRedactorOptions options)
    {
        _style = options.Style;
        _mask = options.Mask;
        _key = options.PseudonymKey.ToArray();
        if (_style == ReplacementStyle.Pseudonym && _key.Length < MinKeyBytes)
        {
            throw new ArgumentException(
                $"The pseudonym style needs a key of at least {MinKeyBytes} bytes; set PiiRedactorOptions.PseudonymKey.",
                nameof(options));
        }
    }

    public string Write(string text, IReadOnlyList<PiiFinding> findings)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var finding in findings)
        {
            builder.Append(text, position, finding.Start - position);
            AppendReplacement(builder, text, finding);
            position = finding.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    private void AppendReplacement(StringBuilder builder, string text, PiiFinding finding)
    {
        switch (_style)
        {
            case ReplacementStyle.Mask:
                builder.Append(_mask);
                break;
            case ReplacementStyle.Pseudonym:
                builder.Append('[').Append(finding.Kind.ToTagName()).Append(':');
                AppendPseudonym(builder, text.AsSpan(finding.Start, finding.Length));
                builder.Append(']');
                break;
            default:
                builder.Append('[').Append(finding.Kind.ToTagName()).Append(']');
                break;
        }
    }

    private void AppendPseudonym(StringBuilder builder, ReadOnlySpan<char> value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        var bytes = byteCount <= 512 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(value, bytes);
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, bytes, hash);
        CryptographicOperations.ZeroMemory(bytes);
        builder.Append(Convert.ToHexString(hash[..(PseudonymHexChars / 2)]));
    }
}
