namespace ReleaseGate.Analyzers.Secrets;

/// <summary>
/// Credentials passed in a URL's query string: <c>?api_key=...</c>, <c>&amp;access_token=...</c>, and the
/// signature of a shared access signature (<c>sig=</c>). The parameter's name plays the part of a symbol name.
/// </summary>
internal static class QueryStringSecrets
{
    private const string SignatureParameter = "sig";

    public static bool TryFind(string value, out SecretFinding finding)
    {
        finding = default;
        var separator = value.IndexOfAny(['?', '&']);
        while (separator >= 0 && separator < value.Length - 1)
        {
            var nameStart = separator + 1;
            var equals = value.IndexOf('=', nameStart);
            if (equals < 0)
            {
                return false;
            }

            var valueEnd = value.IndexOfAny(['&', '#', ' ', '"'], equals + 1);
            if (valueEnd < 0)
            {
                valueEnd = value.Length;
            }

            var name = value.Substring(nameStart, equals - nameStart);
            var parameter = Uri.UnescapeDataString(value.Substring(equals + 1, valueEnd - equals - 1));
            var kind = name == SignatureParameter ? SecretNameKind.Secret : SecretNames.Classify(name);
            if (kind != SecretNameKind.None
                && SecretValueClassifier.CouldBeNamedSecret(parameter)
                && SecretValueClassifier.TryClassifyByName(parameter, kind, out _))
            {
                finding = new SecretFinding(equals + 1, valueEnd - equals - 1, "URL query parameter " + name);
                return true;
            }

            separator = value.IndexOf('&', equals);
        }

        return false;
    }
}
