namespace ReleaseGate.Privacy.Credentials;

/// <summary>
/// Every credential format the redactor and the analyzers recognize. More specific rules come before the general
/// rules that share a prefix with them, because the first rule that matches at a position wins.
/// </summary>
internal static class CredentialCatalog
{
    private const TokenChars Hex = TokenChars.LowerHex;

    public static IReadOnlyList<CredentialRule> Rules { get; } = Build();

    private static CredentialRule[] Build() =>
    [
        .. CloudRules(),
        .. RepositoryRules(),
        .. ChatAndPaymentRules(),
        .. AiProviderRules(),
        .. StructuredRules(),
    ];

    private static IEnumerable<CredentialRule> CloudRules()
    {
        string[] awsPrefixes = ["AKIA", "ASIA", "ABIA", "ACCA"];
        foreach (var prefix in awsPrefixes)
        {
            yield return Token("aws-access-key-id", "AWS", prefix, TokenChars.Upper | TokenChars.Digit, 16, 16, 2.5,
                "aws", "access_key", "accesskeyid");
        }

        var awsSecret = Keyword("aws-secret-access-key", "AWS", "aws_secret_access_key", "aws", "secret");
        awsSecret.Body = TokenChars.Alphanumeric | TokenChars.Plus | TokenChars.Slash;
        awsSecret.MinBodyLength = 40;
        awsSecret.MaxBodyLength = 40;
        awsSecret.MinEntropy = 4.0;
        yield return awsSecret;

        yield return Token("google-api-key", "Google", "AIza", TokenChars.UrlSafeBase64, 35, 35, 3.5, "google", "gcp");

        string[] digitalOceanPrefixes = ["dop_v1_", "doo_v1_", "dor_v1_"];
        foreach (var prefix in digitalOceanPrefixes)
        {
            yield return Token("digitalocean-token", "DigitalOcean", prefix, Hex, 64, 64, 3.0, "digitalocean");
        }

        yield return Token("databricks-token", "Databricks", "dapi", Hex, 32, 32, 3.0, "databricks");
        yield return Token("postman-api-key", "Postman", "PMAK-", Hex | TokenChars.Dash, 59, 59, 3.0, "postman");
        yield return Token("age-secret-key", "age", "AGE-SECRET-KEY-1", TokenChars.Upper | TokenChars.Digit, 58, 58,
            3.5, "age");

        yield return AzureKey("azure-storage-account-key", "AccountKey=", 86, 88, 4.5, "azure", "storage");
        yield return AzureKey("azure-shared-access-key", "SharedAccessKey=", 43, 44, 4.0, "azure", "servicebus");
    }

    private static IEnumerable<CredentialRule> RepositoryRules()
    {
        const TokenChars an = TokenChars.Alphanumeric;
        yield return Token("github-pat", "GitHub", "ghp_", an, 36, 36, 3.5, "github", "gh_token");
        yield return Token("github-oauth", "GitHub", "gho_", an, 36, 36, 3.5, "github");
        yield return Token("github-user-to-server", "GitHub", "ghu_", an, 36, 36, 3.5, "github");
        yield return Token("github-server-to-server", "GitHub", "ghs_", an, 36, 36, 3.5, "github");
        yield return Token("github-refresh-token", "GitHub", "ghr_", an, 36, 36, 3.5, "github");
        yield return Token("github-fine-grained-pat", "GitHub", "github_pat_", an | TokenChars.Underscore, 70, 90, 4.0,
            "github");
        yield return Token("gitlab-pat", "GitLab", "glpat-", TokenChars.UrlSafeBase64, 20, 64, 3.5, "gitlab");
        yield return Token("gitlab-runner-token", "GitLab", "glrt-", TokenChars.UrlSafeBase64, 20, 64, 3.5, "gitlab");
        yield return Token("gitlab-deploy-token", "GitLab", "gldt-", TokenChars.UrlSafeBase64, 20, 64, 3.5, "gitlab");
        yield return Token("pypi-upload-token", "PyPI", "pypi-AgEIcHlwaS5vcmc", TokenChars.UrlSafeBase64, 50, 300, 4.0,
            "pypi");
        yield return Token("npm-access-token", "npm", "npm_", an, 36, 36, 3.5, "npm", "npm_token");
        yield return Token("nuget-api-key", "NuGet", "oy2", TokenChars.Lower | TokenChars.Digit, 43, 43, 3.5,
            "nuget", "apikey");
    }

    private static IEnumerable<CredentialRule> ChatAndPaymentRules()
    {
        const TokenChars slack = TokenChars.Alphanumeric | TokenChars.Dash;
        string[] slackPrefixes = ["xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-", "xapp-"];
        foreach (var prefix in slackPrefixes)
        {
            yield return Token("slack-token", "Slack", prefix, slack, 20, 250, 3.0, "slack");
        }

        yield return Token("slack-webhook", "Slack", "https://hooks.slack.com/services/",
            TokenChars.Alphanumeric | TokenChars.Slash, 40, 80, 3.5, "slack", "webhook");

        string[] stripePrefixes = ["sk_live_", "sk_test_", "rk_live_", "rk_test_"];
        foreach (var prefix in stripePrefixes)
        {
            yield return Token("stripe-secret-key", "Stripe", prefix, TokenChars.Alphanumeric, 24, 247, 3.5, "stripe");
        }

        yield return Token("stripe-webhook-secret", "Stripe", "whsec_", TokenChars.Alphanumeric, 32, 64, 3.5,
            "stripe", "webhook");
        yield return Token("twilio-api-key", "Twilio", "SK", Hex, 32, 32, 3.0, "twilio");
        string[] shopifyPrefixes = ["shpat_", "shpss_", "shpca_", "shppa_"];
        foreach (var prefix in shopifyPrefixes)
        {
            yield return Token("shopify-token", "Shopify", prefix, Hex, 32, 32, 3.0, "shopify");
        }

        yield return Token("sendgrid-api-key", "SendGrid", "SG.", TokenChars.UrlSafeBase64 | TokenChars.Dot, 66, 66,
            4.0, "sendgrid");
    }

    private static IEnumerable<CredentialRule> AiProviderRules()
    {
        const TokenChars body = TokenChars.UrlSafeBase64;
        yield return Token("anthropic-api-key", "Anthropic", "sk-ant-", body, 80, 128, 4.0, "anthropic", "claude");
        yield return Token("openai-project-key", "OpenAI", "sk-proj-", body, 40, 200, 4.0, "openai");
        yield return Token("openai-api-key", "OpenAI", "sk-", body, 32, 200, 4.0, "openai");
        yield return Token("huggingface-token", "Hugging Face", "hf_", TokenChars.Alphanumeric, 30, 40, 3.5,
            "huggingface", "hf_token");
    }

    private static IEnumerable<CredentialRule> StructuredRules()
    {
        yield return new CredentialRule("jwt", "JSON Web Token", "eyJ", CredentialShape.Jwt)
        {
            Keywords = ["jwt", "token", "bearer"],
        };
        yield return new CredentialRule("pem-private-key", "PEM", "-----BEGIN ", CredentialShape.PemPrivateKey)
        {
            Keywords = ["private_key", "privatekey", "pem"],
        };

        string[] passwordKeywords = ["Password=", "Pwd=", "Passwd="];
        foreach (var keyword in passwordKeywords)
        {
            var rule = Keyword("connection-string-password", "Connection string", keyword, "password", "pwd");
            rule.Body = TokenChars.None;
            rule.MaxBodyLength = 128;
            yield return rule;
        }

        yield return new CredentialRule("url-password", "URL user info", "://", CredentialShape.UrlPassword)
        {
            SecretAfterPrefix = true,
            MaxBodyLength = 128,
            Keywords = ["password", "url", "uri"],
        };
    }

    private static CredentialRule Token(
        string id, string provider, string prefix, TokenChars body, int min, int max, double entropy,
        params string[] keywords) =>
        new(id, provider, prefix, CredentialShape.Token)
        {
            Body = body,
            MinBodyLength = min,
            MaxBodyLength = max,
            MinEntropy = entropy,
            Keywords = keywords,
        };

    private static CredentialRule AzureKey(
        string id, string keyword, int min, int max, double entropy, params string[] keywords)
    {
        var rule = Keyword(id, "Azure", keyword, keywords);
        rule.Body = TokenChars.Base64;
        rule.MinBodyLength = min;
        rule.MaxBodyLength = max;
        rule.MinEntropy = entropy;
        return rule;
    }

    private static CredentialRule Keyword(string id, string provider, string keyword, params string[] keywords) =>
        new(id, provider, keyword, CredentialShape.KeywordValue)
        {
            IgnoreCase = true,
            SecretAfterPrefix = true,
            Keywords = keywords,
        };
}
