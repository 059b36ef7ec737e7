using ReleaseGate.Analyzers.CodeFixes;
using ReleaseGate.Analyzers.Secrets;
using VerifyFix = ReleaseGate.Analyzers.Tests.CodeFixVerifier<
    ReleaseGate.Analyzers.Secrets.HardCodedSecretAnalyzer,
    ReleaseGate.Analyzers.CodeFixes.ReadSecretFromSettingsCodeFixProvider>;

namespace ReleaseGate.Analyzers.Tests.Secrets;

public class ReadSecretFromSettingsCodeFixProviderTests
{
    private const string ConfigurationDeclaration = """

        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration { string? this[string key] { get; } }
        }
        """;

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected() =>
        AnalyzerVerifier<HardCodedSecretAnalyzer>.Diagnostic("RG1002").WithLocation(0);

    [Fact]
    public Task Field_reads_an_environment_variable_named_after_it() => VerifyFix.VerifyAsync(
        """
        #nullable enable
        class C
        {
            private readonly string _dbPassword = {|#0:"Winter2025!"|};
        }
        """,
        """
        #nullable enable
        using System;

        class C
        {
            private readonly string _dbPassword = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? throw new InvalidOperationException("Set the DB_PASSWORD environment variable.");
        }
        """,
        CodeFixEquivalenceKeys.ReadFromEnvironment,
        Expected());

    [Fact]
    public Task Const_field_becomes_static_readonly() => VerifyFix.VerifyAsync(
        """
        using System;

        class C
        {
            private const string ApiSecret = {|#0:"p9Xr2LqV7mWz4TbN8cKd1HfJ6gSy3Ae"|};
        }
        """,
        """
        using System;

        class C
        {
            private static readonly string ApiSecret = Environment.GetEnvironmentVariable("API_SECRET") ?? throw new InvalidOperationException("Set the API_SECRET environment variable.");
        }
        """,
        CodeFixEquivalenceKeys.ReadFromEnvironment,
        Expected());

    [Fact]
    public Task Local_reads_the_configuration_in_scope() => VerifyFix.VerifyAsync(
        """
        using Microsoft.Extensions.Configuration;

        class C
        {
            string M(IConfiguration configuration)
            {
                var smtpPassword = {|#0:"Pa55word!"|};
                return smtpPassword;
            }
        }
        """ + ConfigurationDeclaration,
        """
        using System;
        using Microsoft.Extensions.Configuration;

        class C
        {
            string M(IConfiguration configuration)
            {
                var smtpPassword = configuration["SmtpPassword"] ?? throw new InvalidOperationException("Set 'SmtpPassword' in configuration.");
                return smtpPassword;
            }
        }
        """ + ConfigurationDeclaration,
        CodeFixEquivalenceKeys.ReadFromConfiguration,
        Expected());

    [Fact]
    public Task Name_stays_qualified_where_a_member_hides_the_type() => VerifyFix.VerifyAsync(
        """
        using System;

        class C
        {
            private string Environment => "production";

            private readonly string _apiSecret = {|#0:"p9Xr2LqV7mWz4TbN8cKd1HfJ6gSy3Ae"|};
        }
        """,
        """
        using System;

        class C
        {
            private string Environment => "production";

            private readonly string _apiSecret = System.Environment.GetEnvironmentVariable("API_SECRET") ?? throw new InvalidOperationException("Set the API_SECRET environment variable.");
        }
        """,
        CodeFixEquivalenceKeys.ReadFromEnvironment,
        Expected());

    [Fact]
    public Task Configuration_fix_is_not_offered_without_a_configuration_in_scope() => VerifyFix.VerifyNotOfferedAsync(
        """
        class C
        {
            string M()
            {
                var smtpPassword = {|#0:"Pa55word!"|};
                return smtpPassword;
            }
        }
        """,
        CodeFixEquivalenceKeys.ReadFromConfiguration,
        Expected());

    [Fact]
    public Task No_fix_for_an_attribute_argument_which_must_stay_constant() => VerifyFix.VerifyNotOfferedAsync(
        """
        class KeyAttribute : System.Attribute { public string? Password { get; set; } }

        [Key(Password = {|#0:"Pa55word!"|})]
        class C
        {
        }
        """,
        CodeFixEquivalenceKeys.ReadFromEnvironment,
        Expected());
}
