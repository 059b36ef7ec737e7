using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ReleaseGate.Analyzers.Secrets;
using Verify = ReleaseGate.Analyzers.Tests.AnalyzerVerifier<ReleaseGate.Analyzers.Secrets.HardCodedSecretAnalyzer>;

namespace ReleaseGate.Analyzers.Tests.Secrets;

public class HardCodedSecretAnalyzerTests
{
    // Fake values in the providers' formats, assembled so this file itself holds no whole token.
    private const string GitHubToken = "ghp_" + "R8kq2VxN4mWp7Lz0Tb3Yc6Hd9Jf1Gs5Ae2Qu";
    private const string StripeKey = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc";

    [Fact]
    public Task Provider_token_in_a_regular_literal_is_reported_with_its_provider()
    {
        var code = $$"""
            class C
            {
                const string Token = {|#0:"{{GitHubToken}}"|};
            }
            """;
        return Verify.VerifyAsync(code, Verify.Diagnostic("RG1002").WithLocation(0).WithArguments("GitHub github-pat"));
    }

    [Fact]
    public Task Verbatim_raw_utf8_interpolated_and_attribute_literals_are_scanned() => Verify.VerifyAsync(""""
        using System;

        class KeyAttribute : Attribute { public KeyAttribute(string value) { } }

        [Key({|RG1002:"KEY"|})]
        class C
        {
            string A = {|RG1002:@"KEY"|};
            string B = {|RG1002:"""KEY"""|};
            ReadOnlySpan<byte> D => {|RG1002:"KEY"u8|};
            string E(string user) => $"{|RG1002:Bearer KEY for |}{user}";
        }
        """".Replace("KEY", StripeKey, StringComparison.Ordinal));

    [Fact]
    public Task Connection_strings_urls_with_passwords_pem_keys_and_jwts_are_reported() => Verify.VerifyAsync("""
        class C
        {
            string Sql = {|RG1002:"Server=db;Database=orders;User Id=app;Password=Qx7vLp2mZt9w;"|};
            string Redis = {|RG1002:"redis://admin:Hk3nV8qLw2pZ@cache:6379"|};
            string Jwt = {|RG1002:"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MjQyIiwiaWF0IjoxNzAwMDAwMDAwfQ.Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5"|};
            string Pem = {|RG1002:"-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n-----END PRIVATE KEY-----"|};
        }
        """);

    [Fact]
    public Task Credential_parameters_and_Password_properties_are_reported() => Verify.VerifyAsync("""
        using System;
        using System.Net;

        class C
        {
            object M()
            {
                var credential = new NetworkCredential("svc", {|RG1002:"Winter2025!"|});
                var builder = new UriBuilder("https://example.org") { Password = {|RG1002:"Pa55word!"|} };
                builder.Password = {|RG1002:"An0ther!"|};
                return (credential, builder);
            }
        }
        """);

    [Fact]
    public Task High_entropy_values_with_secret_names_are_reported_and_low_entropy_ones_are_not() => Verify.VerifyAsync("""
        class C
        {
            string _clientSecret = {|RG1002:"p9Xr2LqV7mWz4TbN8cKd1HfJ6gSy3Ae"|};
            string _apiKey = {|RG1002:"9f86d081884c7d659a2feaa0c55ad015"|};
            string _accessToken = "abababababababab";
            string _userName = "p9Xr2LqV7mWz4TbN8cKd1HfJ6gSy3Ae";
        }
        """);

    [Theory]
    [InlineData("<your-api-key>")]
    [InlineData("${API_KEY}")]
    [InlineData("{{api_key}}")]
    [InlineData("%API_KEY%")]
    [InlineData("REPLACE_ME")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("AKIAIOSFODNN7EXAMPLE")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("Please enter your API key")]
    [InlineData("Bearer {0}")]
    [InlineData("^[A-Za-z0-9]{32}$")]
    [InlineData("2.14.0-preview.3")]
    [InlineData("Auth:ApiKey")]
    [InlineData("OPENAI_API_KEY")]
    public Task Placeholders_and_look_alikes_assigned_to_a_secret_name_are_not_reported(string value) =>
        Verify.VerifyAsync($$"""
            class C
            {
                string _apiKey = "{{value}}";
                string _password = "{{value}}";
            }
            """);

    [Fact]
    public Task Hashes_and_identifiers_assigned_to_non_secret_names_are_not_reported() => Verify.VerifyAsync("""
        class C
        {
            string Checksum = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb";
            string CommitId = "e9d71f5ee7c92d6dc9e92ffdad17b8bd49418f98";
            string PasswordHeader = "X-Password";
            string TokenEndpoint = "https://login.example.org/oauth2/token";
        }
        """);

    [Fact]
    public Task Appsettings_files_are_scanned_by_key_and_format()
    {
        const string Settings = """
            {
              // comments are allowed
              "ConnectionStrings": { "Orders": "Server=db;Database=orders;Password=Qx7vLp2mZt9w;" },
              "Smtp": { "Password": "Pa55word!", "Host": "smtp.example.org" },
              "GitHub": { "Token": "ghp_R8kq2VxN4mWp7Lz0Tb3Yc6Hd9Jf1Gs5Ae2Qu", "ApiKey": "<your-api-key>" }
            }
            """;
        var test = new CSharpAnalyzerTest<HardCodedSecretAnalyzer, DefaultVerifier>
        {
            TestCode = "class C { }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalFiles.Add(("/0/appsettings.Production.json", Settings));
        test.TestState.AdditionalFiles.Add(("/0/other.json", Settings));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("RG1002").WithSpan("/0/appsettings.Production.json", 3, 37, 3, 85)
            .WithArguments("Connection string connection-string-password"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("RG1002").WithSpan("/0/appsettings.Production.json", 4, 26, 4, 35)
            .WithArguments("password"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("RG1002").WithSpan("/0/appsettings.Production.json", 5, 25, 5, 65)
            .WithArguments("GitHub github-pat"));
        return test.RunAsync();
    }

    [Fact]
    public async Task Pragma_and_SuppressMessage_silence_the_rule()
    {
        var test = new CSharpAnalyzerTest<HardCodedSecretAnalyzer, DefaultVerifier>
        {
            TestCode = $$"""
                class C
                {
                #pragma warning disable RG1002
                    string A = "{{StripeKey}}";
                #pragma warning restore RG1002

                    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "RG1002")]
                    string B = "{{StripeKey}}";

                    string C2 = {|RG1002:"{{StripeKey}}"|};
                }
                """,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,

            // The framework's own check wraps the file in one more pragma, which the restore above would undo.
            TestBehaviors = TestBehaviors.SkipSuppressionCheck,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task Generated_files_are_skipped()
    {
        var test = new CSharpAnalyzerTest<HardCodedSecretAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.Sources.Add(("Settings.g.cs", $"class C {{ string A = \"{StripeKey}\"; }}"));
        await test.RunAsync();
    }
}
