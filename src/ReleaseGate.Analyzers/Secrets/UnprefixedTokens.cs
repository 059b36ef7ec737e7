using ReleaseGate.Privacy.Credentials;

namespace ReleaseGate.Analyzers.Secrets;

/// <summary>
/// Provider tokens without a fixed prefix, recognized by their whole shape, so only a literal that is exactly
/// the token matches: Mailchimp API keys, Telegram bot tokens and Discord bot tokens.
/// </summary>
internal static class UnprefixedTokens
{
    private const double MinEntropy = 3.5;

    public static bool TryFind(string value, out SecretFinding finding)
    {
        var description = IsMailchimpKey(value) ? "Mailchimp mailchimp-api-key"
            : IsTelegramBotToken(value) ? "Telegram telegram-bot-token"
            : IsDiscordBotToken(value) ? "Discord discord-bot-token"
            : null;
        finding = description is null ? default : new SecretFinding(0, value.Length, description);
        return description is not null;
    }

    // 32 lowercase hex digits and the data center: 0123...cdef-us21.
    private static bool IsMailchimpKey(string value)
    {
        var dash = value.IndexOf("-us", StringComparison.Ordinal);
        return dash == 32
            && value.Length is >= 36 and <= 37
            && All(value, 0, 32, c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'))
            && All(value, 35, value.Length - 35, char.IsDigit)
            && SecretHeuristics.ShannonEntropy(value, 0, 32) >= 3.0;
    }

    // The bot's numeric id, a colon and 35 URL-safe characters.
    private static bool IsTelegramBotToken(string value)
    {
        var colon = value.IndexOf(':');
        return colon is >= 8 and <= 10
            && value.Length == colon + 36
            && All(value, 0, colon, char.IsDigit)
            && All(value, colon + 1, 35, IsUrlSafe)
            && SecretHeuristics.ShannonEntropy(value, colon + 1, 35) >= MinEntropy;
    }

    // Three URL-safe Base64 parts: the base64 user id (starts M, N or O), a timestamp and an HMAC.
    private static bool IsDiscordBotToken(string value)
    {
        // Checked before splitting, so ordinary literals allocate nothing here.
        if (value.Length is < 58 or > 75 || value[0] is not ('M' or 'N' or 'O'))
        {
            return false;
        }

        var parts = value.Split('.');
        return parts.Length == 3
            && parts[0].Length is >= 23 and <= 28
            && parts[1].Length is >= 6 and <= 7
            && parts[2].Length is >= 27 and <= 38
            && parts.All(part => All(part, 0, part.Length, IsUrlSafe))
            && SecretHeuristics.ShannonEntropy(parts[2]) >= MinEntropy;
    }

    private static bool IsUrlSafe(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-';

    private static bool All(string value, int start, int length, Func<char, bool> predicate)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!predicate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
