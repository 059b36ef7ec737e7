using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ReleaseGate.Analyzers.Secrets;

namespace ReleaseGate.Analyzers.Tests.Secrets;

public class LabelledFixtureTests
{
    [Fact]
    public async Task Every_labelled_credential_is_found_and_no_look_alike_is_reported()
    {
        var fixtures = LabelledFixture.LoadAll();
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var trees = fixtures.Select(f => CSharpSyntaxTree.ParseText(f.Text, path: f.Path)).ToArray();
        var compilation = CSharpCompilation.Create(
            "Fixtures",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedSecretAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        var reported = diagnostics
            .Select(d => (d.Location.SourceTree!.FilePath, d.Location.GetLineSpan().StartLinePosition.Line))
            .ToHashSet();

        var missed = fixtures.SelectMany(f => f.SecretLines.Where(line => !reported.Contains((f.Path, line)))
            .Select(line => $"{System.IO.Path.GetFileName(f.Path)}:{line + 1}")).ToList();
        var falsePositives = fixtures.SelectMany(f => f.CleanLines.Where(line => reported.Contains((f.Path, line)))
            .Select(line => $"{System.IO.Path.GetFileName(f.Path)}:{line + 1}")).ToList();
        var secrets = fixtures.Sum(f => f.SecretLines.Count);
        var clean = fixtures.Sum(f => f.CleanLines.Count);

        Assert.True(secrets >= 50 && clean >= 80, $"The fixture set shrank: {secrets} secrets, {clean} look-alikes");
        Assert.True(missed.Count == 0, "Missed: " + string.Join(", ", missed));
        Assert.True(falsePositives.Count == 0, "Reported look-alikes: " + string.Join(", ", falsePositives));
    }
}
