using System.Text;
using ReleaseGate.Privacy.Credentials;

namespace ReleaseGate.Analyzers.Secrets;

/// <summary>
/// An HTTP Basic authorization value, <c>Basic base64(user:password)</c>: the encoding hides the password from
/// every rule that reads text, so it is decoded and the password judged like any other.
/// </summary>
internal static class BasicCredentials
{
    private const string Scheme = "Basic ";
    private const int MinEncodedLength = 8;
    private const int MaxEncodedLength = 1024;

    public static bool TryFind(string value, out SecretFinding finding)
    {
        finding = default;
        var start = value.IndexOf(Scheme, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return false;
        }

        var encodedStart = start + Scheme.Length;
        var end = encodedStart;
        while (end < value.Length && end - encodedStart < MaxEncodedLength && IsBase64(value[end]))
        {
            end++;
        }

        var length = end - encodedStart;
        if (length < MinEncodedLength || length % 4 != 0)
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Substring(encodedStart, length)));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':');
        var password = colon < 0 ? string.Empty : decoded.Substring(colon + 1);
        if (password.Length < 4 || SecretHeuristics.IsPlaceholder(password) || password.Any(char.IsControl))
        {
            return false;
        }

        finding = new SecretFinding(start, end - start, "HTTP basic credentials");
        return true;
    }

    private static bool IsBase64(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '+' or '/' or '=';
}
