namespace ReleaseGate.Indexing;

/// <summary>Lowercase hex, the form every hash in stores, manifests and reports uses.</summary>
internal static class Hex
{
    public static string Lower(ReadOnlySpan<byte> bytes)
    {
#if NET9_0_OR_GREATER
        return Convert.ToHexStringLower(bytes);
#else
        return string.Create(bytes.Length * 2, bytes.ToArray(), static (chars, data) =>
        {
            const string digits = "0123456789abcdef";
            for (var i = 0; i < data.Length; i++)
            {
                chars[2 * i] = digits[data[i] >> 4];
                chars[(2 * i) + 1] = digits[data[i] & 0xF];
            }
        });
#endif
    }
}
