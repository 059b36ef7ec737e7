using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ReleaseGate.Analyzers.Tests;

/// <summary>Runs one analyzer over markup source against the .NET 8 reference assemblies.</summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(
        id,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, additionalFiles: [], expected);

    public static async Task VerifyAsync(
        string source,
        (string Name, string Text)[] additionalFiles,
        params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        foreach (var file in additionalFiles)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>Runs the analyzer with an analyzer config file, such as an <c>.editorconfig</c> at the root.</summary>
    public static async Task VerifyWithConfigAsync(
        string source,
        (string Path, string Text) config,
        params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AnalyzerConfigFiles.Add(config);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
