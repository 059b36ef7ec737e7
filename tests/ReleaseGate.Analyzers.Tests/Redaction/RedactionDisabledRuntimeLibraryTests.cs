using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ReleaseGate.Analyzers.Redaction;

namespace ReleaseGate.Analyzers.Tests.Redaction;

/// <summary>RG1003 against the shipped <c>KnowledgeIndex</c> and <c>RedactionPolicy</c>.</summary>
public class RedactionDisabledRuntimeLibraryTests
{
    private const string Usings = """
        using Microsoft.Extensions.AI;
        using ReleaseGate.Indexing;
        using ReleaseGate.Privacy;

        """;

    [Fact]
    public Task KnowledgeIndex_built_with_RedactionPolicy_None_is_reported() => VerifyAsync(
        Usings + """
        class C
        {
            KnowledgeIndex Build(IIndexStore store, IEmbeddingGenerator<string, Embedding<float>> embedder) =>
                new KnowledgeIndex(store, embedder, {|#0:RedactionPolicy.None|});

            KnowledgeIndex BuildNamed(IIndexStore store, IEmbeddingGenerator<string, Embedding<float>> embedder) =>
                new(store, embedder, redaction: {|#1:RedactionPolicy.None|}, options: new KnowledgeIndexOptions());

            KnowledgeIndex BuildFromLocal(IIndexStore store, IEmbeddingGenerator<string, Embedding<float>> embedder)
            {
                var policy = {|#2:RedactionPolicy.None|};
                return new KnowledgeIndex(store, embedder, policy);
            }
        }
        """,
        Expected(0),
        Expected(1),
        Expected(2));

    [Fact]
    public Task Redacting_policies_and_reads_of_None_are_not_reported() => VerifyAsync(
        Usings + """
        class C
        {
            KnowledgeIndex Default(IIndexStore store, IEmbeddingGenerator<string, Embedding<float>> embedder) =>
                new KnowledgeIndex(store, embedder, RedactionPolicy.Default);

            KnowledgeIndex Custom(
                IIndexStore store, IEmbeddingGenerator<string, Embedding<float>> embedder, ITextRedactor redactor) =>
                new KnowledgeIndex(store, embedder, RedactionPolicy.Using(redactor));

            KnowledgeIndex Pii(IIndexStore store, IEmbeddingGenerator<string, Embedding<float>> embedder) =>
                new KnowledgeIndex(store, embedder, RedactionPolicy.Pii(new PiiRedactorOptions()));

            bool IsOff(RedactionPolicy policy) => policy == RedactionPolicy.None;

            string NameOfNone() => RedactionPolicy.None.Name;
        }
        """);

    private static DiagnosticResult Expected(int location) =>
        new DiagnosticResult("RG1003", DiagnosticSeverity.Info).WithLocation(location)
            .WithArguments("RedactionPolicy.None");

    private static async Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<RedactionDisabledAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = RuntimeLibraryReferences.Framework,
        };
        test.TestState.AdditionalReferences.AddRange(RuntimeLibraryReferences.All);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
