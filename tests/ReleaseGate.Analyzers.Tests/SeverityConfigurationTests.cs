using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ReleaseGate.Analyzers.Redaction;
using ReleaseGate.Analyzers.Secrets;
using ReleaseGate.Analyzers.Tests.Redaction;

namespace ReleaseGate.Analyzers.Tests;

/// <summary>
/// <c>dotnet_diagnostic.RGxxxx.severity</c> in an <c>.editorconfig</c> sets each rule's severity: <c>error</c>
/// breaks the build, <c>none</c> silences the rule.
/// </summary>
public class SeverityConfigurationTests
{
    // Assembled so this file holds no whole token.
    private const string SecretSource = "class C { string Token = {|#0:\"sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc\"|}; }";

    private static readonly string DisabledRedactionSource = RedactionSources.With("""
        class C
        {
            object Build(ReleaseGate.Indexing.IIndexStore store) =>
                new ReleaseGate.Indexing.KnowledgeIndex(store, {|#0:ReleaseGate.Indexing.RedactionPolicy.None|});
        }
        """);

    // The test framework's workspace reports a configured error at most as a warning, so the error case is
    // checked the way the command-line compiler applies the .editorconfig, in the tests below.
    [Theory]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    public Task RG1002_takes_its_severity_from_editorconfig(string configured, DiagnosticSeverity expected) =>
        AnalyzerVerifier<HardCodedSecretAnalyzer>.VerifyWithConfigAsync(
            SecretSource,
            EditorConfig("RG1002", configured),
            new DiagnosticResult("RG1002", expected).WithLocation(0).WithArguments("Stripe stripe-secret-key"));

    [Fact]
    public async Task RG1001_severity_error_makes_the_compiler_report_an_error()
    {
        var diagnostics = await EditorConfigCompilation.AnalyzeAsync(
            new UnredactedIndexWriteAnalyzer(),
            RedactionSources.With("""
                class C
                {
                    void M(ReleaseGate.Indexing.IIndexStore store, string text) => store.Write("id", text);
                }
                """),
            EditorConfig("RG1001", "error").Text);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public async Task RG1002_severity_error_makes_the_compiler_report_an_error()
    {
        var diagnostics = await EditorConfigCompilation.AnalyzeAsync(
            new HardCodedSecretAnalyzer(),
            SecretSource.Replace("{|#0:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal),
            EditorConfig("RG1002", "error").Text);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public Task RG1002_severity_none_silences_the_rule() =>
        AnalyzerVerifier<HardCodedSecretAnalyzer>.VerifyWithConfigAsync(
            SecretSource.Replace("{|#0:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal),
            EditorConfig("RG1002", "none"));

    [Fact]
    public Task RG1002_in_appsettings_follows_a_global_config() =>
        VerifySettingsAsync("suggestion", DiagnosticSeverity.Info);

    [Fact]
    public Task RG1002_in_appsettings_is_silenced_by_a_global_config() =>
        VerifySettingsAsync("none", expected: null);

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    public Task RG1003_takes_its_severity_from_editorconfig(string configured, DiagnosticSeverity expected) =>
        AnalyzerVerifier<RedactionDisabledAnalyzer>.VerifyWithConfigAsync(
            DisabledRedactionSource,
            EditorConfig("RG1003", configured),
            new DiagnosticResult("RG1003", expected).WithLocation(0)
                .WithArguments("ReleaseGate.Indexing.RedactionPolicy.None"));

    [Fact]
    public Task RG1003_severity_none_silences_the_rule() =>
        AnalyzerVerifier<RedactionDisabledAnalyzer>.VerifyWithConfigAsync(
            DisabledRedactionSource.Replace("{|#0:", "", StringComparison.Ordinal)
                .Replace("None|}", "None", StringComparison.Ordinal),
            EditorConfig("RG1003", "none"));

    private static (string Path, string Text) EditorConfig(string id, string severity) =>
        ("/.editorconfig", $"root = true\n\n[*.cs]\ndotnet_diagnostic.{id}.severity = {severity}\n");

    // Settings files have no syntax tree, so .editorconfig sections do not reach them; a global config does.
    private static async Task VerifySettingsAsync(string severity, DiagnosticSeverity? expected)
    {
        var test = new CSharpAnalyzerTest<HardCodedSecretAnalyzer, DefaultVerifier>
        {
            TestCode = "class C { }",
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", "{ \"Smtp\": { \"Password\": \"Pa55word!\" } }"));
        test.TestState.AnalyzerConfigFiles.Add(
            ("/.globalconfig", $"is_global = true\ndotnet_diagnostic.RG1002.severity = {severity}\n"));
        if (expected is { } severityExpected)
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult("RG1002", severityExpected)
                .WithSpan("/0/appsettings.json", 1, 26, 1, 35).WithArguments("password"));
        }

        await test.RunAsync();
    }
}
