using Verify = ReleaseGate.Analyzers.Tests.AnalyzerVerifier<ReleaseGate.Analyzers.Secrets.HardCodedSecretAnalyzer>;

namespace ReleaseGate.Analyzers.Tests.Secrets;

/// <summary>
/// Credentials whose name sits in a neighbouring key, a URL or an encoding, the provider formats without a fixed
/// prefix, and the placeholders that look like them. Fake values are assembled so this file holds no whole token.
/// </summary>
public class SecretContextAndFormatTests
{
    private const string RandomKey = "r4tNNpnCQCHb" + "MVqeXyhVbsFW85ZTCBY7";

    [Theory]
    [InlineData("shpat_" + "cc6577428c2f6d6bc64e5a22fac180d6", "Shopify shopify-token")]
    [InlineData("dop_v1_" + "b2e6e1b465e551305fd2d2490ca4c616e8c4bf144d3334955d46af783b52901a",
        "DigitalOcean digitalocean-token")]
    [InlineData("PMAK-" + "6ccaccdb251bce79793a67c9-e2ed829af48d9d59ce6ca6b0b9658d7dbc", "Postman postman-api-key")]
    [InlineData("AGE-SECRET-KEY-1" + "AH68MA7TK62NQ0397SMBGTECD0TX9SMGZZLQ3VII2Y09LXQNR3YL44KE8P", "age age-secret-key")]
    [InlineData("pypi-AgEIcHlwaS5vcmc" + "6boQ-jQaJbO0HvrgYegRDLu4h1Dyo_vIJUjzwTkoqrtleWvTDuRgR3yNwos-",
        "PyPI pypi-upload-token")]
    [InlineData("gldt-" + "P9HU7aoy6RYgYYpKCUYM", "GitLab gitlab-deploy-token")]
    [InlineData("dapi" + "255eb8a1c095409993fd21b5aaa1c874", "Databricks databricks-token")]
    [InlineData("09cd75d167853d006459185d401ce257" + "-us21", "Mailchimp mailchimp-api-key")]
    [InlineData("5627915823:" + "_Am3zwr8FwGvjEED1YjEGPQ-ymde3hOygLx", "Telegram telegram-bot-token")]
    [InlineData("MTr57QqaKHsmUxhkwyjStHqmCd." + "89bwoj.kWcTOWFtjcdwBCRGja3o3kV-2WHPSoIFieCIPn",
        "Discord discord-bot-token")]
    public Task Provider_format_under_a_neutral_name_is_reported(string token, string description) =>
        Verify.VerifyAsync(
            $$"""class C { string Value = {|#0:"{{token}}"|}; }""",
            Verify.Diagnostic("RG1002").WithLocation(0).WithArguments(description));

    [Fact]
    public Task Secret_named_key_of_a_key_value_call_names_the_value() => Verify.VerifyAsync($$"""
        using System.Net.Http;

        class C
        {
            void M(HttpClient client)
            {
                client.DefaultRequestHeaders.Add("X-Api-Key", {|#0:"{{RandomKey}}"|});
                System.Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", {|#1:"{{RandomKey}}"|});
                client.DefaultRequestHeaders.Add("X-Request-Id", "{{RandomKey}}");
                var credential = new System.Net.NetworkCredential("svc", {|#2:"Winter2025!"|});
            }
        }
        """,
        Verify.Diagnostic("RG1002").WithLocation(0).WithArguments("high-entropy value with a secret name"),
        Verify.Diagnostic("RG1002").WithLocation(1).WithArguments("high-entropy value with a secret name"),
        Verify.Diagnostic("RG1002").WithLocation(2).WithArguments("password"));

    [Fact]
    public Task Value_converted_by_a_call_takes_the_name_it_is_stored_under() => Verify.VerifyAsync("""
        class C
        {
            static readonly byte[] s_hmacKey = System.Convert.FromBase64String(
                {|#0:"wVKC/zyasYjs390b6kllxjURl+xHdL59Vv+YFbIFDJA="|});
            static readonly byte[] s_logo = System.Convert.FromBase64String("wVKC/zyasYjs390b6kllxjURl+xHdL59Vv+YFbIFDJA=");
        }
        """,
        Verify.Diagnostic("RG1002").WithLocation(0).WithArguments("high-entropy value with a secret name"));

    [Fact]
    public Task Basic_credentials_are_decoded_and_placeholders_inside_them_are_not_reported() => Verify.VerifyAsync("""
        class C
        {
            string Real = {|#0:"Basic ZGVwbG95OmZQaTNBbUI0UVFMTGJi"|};
            string Documented = "Basic dXNlcjpwYXNzd29yZA==";
            string Format = "Basic {0}";
        }
        """,
        Verify.Diagnostic("RG1002").WithLocation(0).WithArguments("HTTP basic credentials"));

    [Fact]
    public Task Secret_named_query_parameters_and_signatures_are_reported_but_not_templates() => Verify.VerifyAsync($$"""
        class C
        {
            string Report = {|#0:"https://api.example.com/v2/reports?page=2&api_key={{RandomKey}}"|};
            string Sas = {|#1:"https://files.blob.core.windows.net/c?sv=2022-11-02&sig=hZunnQOgaB184sl1i0XSslTAgt1lWAyOger8Htq2UkW%3D"|};
            string Template = "https://api.example.com/v2/reports?page=2&api_key={0}";
            string Paging = "https://api.example.com/v2/reports?page=2&token_type=bearer";
        }
        """,
        Verify.Diagnostic("RG1002").WithLocation(0).WithArguments("URL query parameter api_key"),
        Verify.Diagnostic("RG1002").WithLocation(1).WithArguments("URL query parameter sig"));

    [Theory]
    [InlineData("Connection", "postgres://USER:PASSWORD@HOST:5432/DATABASE")]
    [InlineData("Connection", "Server={0};Database={1};User Id={2};Password={3};")]
    [InlineData("ApiToken", "#{ApiToken}#")]
    [InlineData("SlackToken", "xoxb-" + "not-a-real-token-this-will-not-work")]
    [InlineData("Storage", "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey="
        + "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;")]
    public Task Templates_and_published_development_keys_are_not_reported(string name, string value) =>
        Verify.VerifyAsync($$"""class C { string {{name}} = "{{value}}"; }""");
}
