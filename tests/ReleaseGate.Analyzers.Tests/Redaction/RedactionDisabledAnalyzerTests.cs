using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ReleaseGate.Analyzers.Redaction;
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
        var expected = new DiagnosticResult("RG1003", DiagnosticSeverity.Info)
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
        var expected = new DiagnosticResult("RG1003", DiagnosticSeverity.Info)
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

    [Fact]
    public async Task Pragma_SuppressMessage_and_generated_code_silence_the_rule()
    {
        var test = new CSharpAnalyzerTest<RedactionDisabledAnalyzer, DefaultVerifier>
        {
            TestCode = RedactionSources.With("""
                using ReleaseGate.Indexing;

                class C
                {
                #pragma warning disable RG1003
                    KnowledgeIndex A(IIndexStore store) => new KnowledgeIndex(store, RedactionPolicy.None);
                #pragma warning restore RG1003

                    [System.Diagnostics.CodeAnalysis.SuppressMessage("Privacy", "RG1003")]
                    KnowledgeIndex B(IIndexStore store) => new KnowledgeIndex(store, RedactionPolicy.None);

                    KnowledgeIndex D(IIndexStore store) => new KnowledgeIndex(store, {|#0:RedactionPolicy.None|});
                }
                """),
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,

            // The framework's own check wraps the file in one more pragma, which the restore above would undo.
            TestBehaviors = TestBehaviors.SkipSuppressionCheck,
        };
        test.TestState.Sources.Add(("Index.g.cs", """
            class Generated
            {
                object A(ReleaseGate.Indexing.IIndexStore store) =>
                    new ReleaseGate.Indexing.KnowledgeIndex(store, ReleaseGate.Indexing.RedactionPolicy.None);
            }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("RG1003", DiagnosticSeverity.Info)
            .WithLocation(0)
            .WithArguments("RedactionPolicy.None"));
        await test.RunAsync();
    }
}
