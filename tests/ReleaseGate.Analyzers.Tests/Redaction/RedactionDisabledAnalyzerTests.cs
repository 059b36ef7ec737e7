using Microsoft.CodeAnalysis;
using Verify = ReleaseGate.Analyzers.Tests.AnalyzerVerifier<
    ReleaseGate.Analyzers.Redaction.RedactionDisabledAnalyzer>;

namespace ReleaseGate.Analyzers.Tests.Redaction;

public class RedactionDisabledAnalyzerTests
{
    [Fact]
    public Task Index_built_with_RedactionPolicy_None_is_reported()
    {
        var code = RedactionSources.With("""
            using ReleaseGate.Indexing;

            class C
            {
                KnowledgeIndex Build(IIndexStore store) => new KnowledgeIndex(store, {|#0:RedactionPolicy.None|});
            }
            """);
        var expected = new Microsoft.CodeAnalysis.Testing.DiagnosticResult("RG1003", DiagnosticSeverity.Info)
            .WithLocation(0)
            .WithArguments("RedactionPolicy.None");
        return Verify.VerifyAsync(code, expected);
    }

    [Fact]
    public Task Policy_stored_in_a_local_is_reported_where_it_is_chosen()
    {
        var code = RedactionSources.With("""
            using ReleaseGate.Indexing;

            class C
            {
                KnowledgeIndex Build(IIndexStore store)
                {
                    var policy = {|#0:RedactionPolicy.None|};
                    return new KnowledgeIndex(store, policy);
                }
            }
            """);
        var expected = new Microsoft.CodeAnalysis.Testing.DiagnosticResult("RG1003", DiagnosticSeverity.Info)
            .WithLocation(0)
            .WithArguments("RedactionPolicy.None");
        return Verify.VerifyAsync(code, expected);
    }

    [Fact]
    public Task Default_policy_and_comparisons_with_None_are_not_reported() => Verify.VerifyAsync(
        RedactionSources.With("""
            using ReleaseGate.Indexing;

            class C
            {
                KnowledgeIndex Build(IIndexStore store) => new KnowledgeIndex(store, RedactionPolicy.Default);

                bool IsOff(RedactionPolicy policy) => policy == RedactionPolicy.None;
            }
            """));
}
