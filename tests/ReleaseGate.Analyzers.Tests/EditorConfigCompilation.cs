using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ReleaseGate.Analyzers.Tests;

/// <summary>
/// Compiles one file under an <c>.editorconfig</c> the way the command-line compiler does, and returns what an
/// analyzer reports with the severity the build would print.
/// </summary>
public static class EditorConfigCompilation
{
    private const string SourcePath = "/repo/src/Program.cs";

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(
        DiagnosticAnalyzer analyzer,
        string source,
        string editorConfig)
    {
        var config = AnalyzerConfig.Parse(editorConfig, "/repo/.editorconfig");
        var treeOptions = AnalyzerConfigSet.Create(ImmutableArray.Create(config)).GetOptionsForSourcePath(SourcePath).TreeOptions;
        var references = await ReferenceAssemblies.Net.Net80
            .ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "Configured",
            [CSharpSyntaxTree.ParseText(source, path: SourcePath)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithSyntaxTreeOptionsProvider(new TreeOptions(treeOptions)));
        return await compilation.WithAnalyzers([analyzer]).GetAnalyzerDiagnosticsAsync();
    }

    private sealed class TreeOptions(ImmutableDictionary<string, ReportDiagnostic> options) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) =>
            GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(
            SyntaxTree tree,
            string diagnosticId,
            CancellationToken cancellationToken,
            out ReportDiagnostic severity) => options.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(
            string diagnosticId,
            CancellationToken cancellationToken,
            out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }
    }
}
