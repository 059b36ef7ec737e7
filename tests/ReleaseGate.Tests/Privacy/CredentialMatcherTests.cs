using ReleaseGate.Privacy.Credentials;

namespace ReleaseGate.Tests.Privacy;

public sealed class CredentialMatcherTests
{
    // Bodies are assembled at run time so this file holds no literal that looks like a live credential.
    private const string Alnum36 = "q7Rk2Vx9LmPz4Tn8Bw3Hc6Jd1Fg5Ys0Ea2Ku";

    public static TheoryData<string, string> Credentials => new()
    {
        { "AKIA" + "Q3ZK7TRW2LMX9PV4", "aws-access-key-id" },
        { "ghp_" + Alnum36, "github-pat" },
        { "gho_" + Alnum36, "github-oauth" },
        { "github_pat_" + "11ABCDE2Q0" + "x9Lm" + Alnum36 + "_" + Alnum36[..22], "github-fine-grained-pat" },
        { "glpat-" + Alnum36[..20], "gitlab-pat" },
        { "npm_" + Alnum36, "npm-access-token" },
        { "oy2" + "k4m9p2x7q1w8e3r6t5y0u4i9o2p7a3s8d1f6g5h0j4k", "nuget-api-key" },
        { "xoxb-" + "2849305718-4829105738291-" + Alnum36[..24], "slack-token" },
        { "sk_live_" + Alnum36[..28], "stripe-secret-key" },
        { "SK" + "3f9a1c7e5b2d8f4a6c0e9b1d7a3f5c2e", "twilio-api-key" },
        { "SG." + Alnum36[..22] + "." + Alnum36 + "Zq9Xw2V", "sendgrid-api-key" },
        { "AIza" + "Sy" + Alnum36[..33], "google-api-key" },
        { "sk-proj-" + Alnum36 + Alnum36, "openai-project-key" },
        { "sk-ant-" + "api03-" + Alnum36 + Alnum36 + "Xy7-Qw_9", "anthropic-api-key" },
        { "hf_" + "QwErTyUiOpAsDfGhJkLzXcVbNmQaZwSxEd", "huggingface-token" },
    };

    [Theory]
    [MemberData(nameof(Credentials))]
    public void Finds_provider_formats_with_their_exact_span(string credential, string ruleId)
    {
        var text = $"config: {credential} (rotated)";

        var match = Assert.Single(CredentialMatcher.Scan(text));

        Assert.Equal(ruleId, match.Rule.Id);
        Assert.Equal(text.IndexOf(credential, StringComparison.Ordinal), match.Start);
        Assert.Equal(credential.Length, match.Length);
    }

    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPLE")]
    [InlineData("ghp_<your-api-key>")]
    [InlineData("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("sk_live_REPLACE_ME_REPLACE_ME_REPLACE_ME")]
    [InlineData("Password=${DB_PASSWORD};")]
    [InlineData("Password={{db_password}};")]
    [InlineData("Pwd=%DB_PASSWORD%;")]
    [InlineData("Password=<password>;")]
    [InlineData("Password=********;")]
    [InlineData("(`Host=db;Database=rag;Username=app;Password=...`)")]
    [InlineData("postgres://user:<password>@db.internal:5432/app")]
    public void Ignores_placeholders_and_documented_examples(string text)
    {
        Assert.Empty(CredentialMatcher.Scan(text));
    }

    [Theory]
    [InlineData("AKIA" + "AAAAAAAAAAAAAAAA")]
    [InlineData("xAKIA" + "Q3ZK7TRW2LMX9PV4")]
    [InlineData("AKIA" + "Q3ZK7TRW2LMX9PV4Z")]
    [InlineData("ghp_" + "tooShort123")]
    public void Ignores_low_entropy_embedded_or_misshapen_tokens(string text)
    {
        Assert.Empty(CredentialMatcher.Scan(text));
    }

    [Theory]
    [InlineData("Server=db;User Id=app;Password=Tr0ub4dor&3;Encrypt=true", "Tr0ub4dor&3")]
    [InlineData("server=db;uid=app;pwd=s3cr3t-Value", "s3cr3t-Value")]
    [InlineData("Host=db;Password='p;ss w0rd';", "p;ss w0rd")]
    [InlineData("see https://deploy:hunter2-Xy@git.example.org/repo.git", "hunter2-Xy")]
    [InlineData("redis://:p@ssw0rd@cache:6379/0", "p@ssw0rd")]
    [InlineData("`Password=s3cr3t-Value` in Markdown", "s3cr3t-Value")]
    public void Finds_passwords_in_connection_strings_and_urls(string text, string password)
    {
        AssertSingleSecret(text, password);
    }

    [Fact]
    public void Finds_an_azure_storage_account_key_after_its_keyword()
    {
        var key = string.Concat(Enumerable.Repeat(Alnum36 + "+/", 3))[..86] + "==";
        var text = "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=" + key + ";EndpointSuffix=core";

        AssertSingleSecret(text, key);
    }

    private static void AssertSingleSecret(string text, string password)
    {
        var match = Assert.Single(CredentialMatcher.Scan(text));

        Assert.Equal(password, text.Substring(match.Start, match.Length));
    }

    [Fact]
    public void Finds_a_json_web_token()
    {
        var token = "eyJhbGciOiJSUzI1NiJ9" + ".eyJzdWIiOiJhbGljZSIsImV4cCI6MTcwMH0" + ".Q2h4Tk1vZ3BfX3Nfc2lnbmF0dXJlX2J5dGVz";
        var text = "Authorization: Bearer " + token + "\n";

        var match = Assert.Single(CredentialMatcher.Scan(text));

        Assert.Equal("jwt", match.Rule.Id);
        Assert.Equal(token, text.Substring(match.Start, match.Length));
    }

    [Fact]
    public void Finds_a_whole_pem_private_key_block_and_ignores_an_elided_one()
    {
        var body = string.Concat(Enumerable.Repeat("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n", 4));
        var block = "-----BEGIN PRIVATE KEY-----\n" + body + "-----END PRIVATE KEY-----";
        var text = "key:\n" + block + "\nend";

        var match = Assert.Single(CredentialMatcher.Scan(text));

        Assert.Equal(block, text.Substring(match.Start, match.Length));
        Assert.Empty(CredentialMatcher.Scan("-----BEGIN PRIVATE KEY-----\nMIIEv...\n-----END PRIVATE KEY-----"));
        Assert.Empty(CredentialMatcher.Scan("-----BEGIN PUBLIC KEY-----\n" + body + "-----END PUBLIC KEY-----"));
    }

    [Fact]
    public void Scans_only_inside_the_requested_window()
    {
        var text = "npm_" + Alnum36 + " | npm_" + Alnum36;

        var match = Assert.Single(CredentialMatcher.Scan(text, 41, text.Length - 41));

        Assert.Equal(43, match.Start);
    }

    [Fact]
    public void Measures_entropy_and_placeholders()
    {
        Assert.Equal(0, SecretHeuristics.ShannonEntropy("aaaa"), 6);
        Assert.Equal(2, SecretHeuristics.ShannonEntropy("abcd"), 6);
        Assert.True(SecretHeuristics.IsPlaceholder("<your-api-key>"));
        Assert.True(SecretHeuristics.IsPlaceholder("REPLACE_ME"));
        Assert.True(SecretHeuristics.IsPlaceholder("%API_KEY%"));
        Assert.True(SecretHeuristics.IsPlaceholder("0000000000"));
        Assert.False(SecretHeuristics.IsPlaceholder("Tr0ub4dor&3"));
    }
}
