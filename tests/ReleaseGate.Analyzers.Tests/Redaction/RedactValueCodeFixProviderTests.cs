using ReleaseGate.Analyzers.CodeFixes;
using ReleaseGate.Analyzers.Redaction;
using VerifyFix = ReleaseGate.Analyzers.Tests.CodeFixVerifier<
    ReleaseGate.Analyzers.Redaction.UnredactedIndexWriteAnalyzer,
    ReleaseGate.Analyzers.CodeFixes.RedactValueCodeFixProvider>;

namespace ReleaseGate.Analyzers.Tests.Redaction;

public class RedactValueCodeFixProviderTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(int location) =>
        AnalyzerVerifier<UnredactedIndexWriteAnalyzer>.Diagnostic("RG1001").WithLocation(location);

    [Fact]
    public Task Wraps_the_value_in_the_redactor_field() => VerifyFix.VerifyAsync(
        RedactionSources.With("""
            class C
            {
                private readonly ReleaseGate.Privacy.ITextRedactor _redactor = null!;

                void M(ReleaseGate.Indexing.IIndexStore store, string text) => store.Write("id", {|#0:text + "!"|});
            }
            """),
        RedactionSources.With("""
            class C
            {
                private readonly ReleaseGate.Privacy.ITextRedactor _redactor = null!;

                void M(ReleaseGate.Indexing.IIndexStore store, string text) => store.Write("id", _redactor.Redact(text + "!"));
            }
            """),
        CodeFixEquivalenceKeys.WrapInRedactor,
        Expected(0));

    [Fact]
    public Task Marks_the_source_parameter_RequiresRedaction() => VerifyFix.VerifyAsync(
        RedactionSources.With("""
            class C
            {
                void M(ReleaseGate.Indexing.IIndexStore store, string text)
                {
                    var line = "Note: " + text;
                    store.Write("id", {|#0:line|});
                }
            }
            """),
        RedactionSources.With("""
            using ReleaseGate.Privacy;

            class C
            {
                void M(ReleaseGate.Indexing.IIndexStore store, [RequiresRedaction] string text)
                {
                    var line = "Note: " + text;
                    store.Write("id", line);
                }
            }
            """),
        CodeFixEquivalenceKeys.RequireRedactionFromCallers,
        Expected(0));

    [Fact]
    public Task Offers_no_wrap_without_a_redactor_in_scope() => VerifyFix.VerifyNotOfferedAsync(
        RedactionSources.With("""
            class C
            {
                void M(ReleaseGate.Indexing.IIndexStore store, string text) => store.Write("id", {|#0:text|});
            }
            """),
        CodeFixEquivalenceKeys.WrapInRedactor,
        Expected(0));

    [Fact]
    public Task Offers_no_parameter_fix_when_the_value_is_not_a_parameter() => VerifyFix.VerifyNotOfferedAsync(
        RedactionSources.With("""
            class C
            {
                string _cached = "";

                void M(ReleaseGate.Indexing.IIndexStore store) => store.Write("id", {|#0:_cached|});
            }
            """),
        CodeFixEquivalenceKeys.RequireRedactionFromCallers,
        Expected(0));
}
