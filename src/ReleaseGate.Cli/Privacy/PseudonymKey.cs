using System.Text;

namespace ReleaseGate.Cli.Privacy;

/// <summary>The HMAC key for <c>--style hash</c>, read from the environment so it stays out of shell history.</summary>
internal static class PseudonymKey
{
    public const string Variable = "RELEASEGATE_PSEUDONYM_KEY";
    private const int MinBytes = 16;

    public static byte[] Read(Func<string, string?> environment)
    {
        var value = environment(Variable);
        var key = string.IsNullOrEmpty(value) ? [] : Encoding.UTF8.GetBytes(value);
        if (key.Length < MinBytes)
        {
            throw new PrivacyCliException(ReleaseGateErrorCodes.PseudonymKeyMissing,
                $"--style hash needs a key of at least {MinBytes} bytes in the environment variable {Variable} "
                + "(the same key for every run whose pseudonyms must agree), for example: "
                + $"export {Variable}=\"$(openssl rand -base64 32)\".");
        }

        return key;
    }
}
