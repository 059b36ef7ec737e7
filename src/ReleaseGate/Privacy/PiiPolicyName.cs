using System.Security.Cryptography;

namespace ReleaseGate.Privacy;

/// <summary>
/// A stable name for a set of <see cref="PiiRedactorOptions"/>, so that an index can tell when the redaction that
/// produced its records has changed. A pseudonym key appears only as a short digest.
/// </summary>
internal static class PiiPolicyName
{
    public static string Of(PiiRedactorOptions options)
    {
        var kinds = string.Join(",", options.Kinds.Distinct().Order().Select(k => k.ToTagName()));
        var style = options.Style switch
        {
            ReplacementStyle.Mask => "mask",
            ReplacementStyle.Pseudonym => "hmac-" + KeyDigest(options.PseudonymKey.Span),
            _ => "tag",
        };
        return $"pii/{style}/{kinds}";
    }

    private static string KeyDigest(ReadOnlySpan<byte> key)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(key, hash);
        return Convert.ToHexString(hash[..4]);
    }
}
