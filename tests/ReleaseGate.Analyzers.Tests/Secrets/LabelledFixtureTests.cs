using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ReleaseGate.Analyzers.Secrets;

namespace ReleaseGate.Analyzers.Tests.Secrets;

public class LabelledFixtureTests
{
    // The goals for a set the rules were not written from: find 95% of credentials, report at most 2% of look-alikes.
    private const double MinIndependentRecall = 0.95;
    private const double MaxIndependentFalsePositiveRate = 0.02;

    [Fact]
    public async Task Every_credential_of_the_original_slice_is_found_and_no_look_alike_is_reported()
    {
        var score = await ScoreAsync(independent: false);

        Assert.True(score.Secrets >= 50 && score.Clean >= 80, $"The slice shrank: {score.Secrets}, {score.Clean}");
        Assert.True(score.Missed.Count == 0, "Missed: " + string.Join(", ", score.Missed));
        Assert.True(score.FalsePositives.Count == 0, "Reported look-alikes: " + string.Join(", ", score.FalsePositives));
    }

    [Fact]
    public async Task The_independent_slice_meets_the_recall_and_false_positive_goals()
    {
        var score = await ScoreAsync(independent: true);

        Assert.True(score.Secrets >= 60 && score.Clean >= 60, $"The slice shrank: {score.Secrets}, {score.Clean}");
        var recall = 1.0 - ((double)score.Missed.Count / score.Secrets);
        var falsePositiveRate = (double)score.FalsePositives.Count / score.Clean;
        Assert.True(recall >= MinIndependentRecall, $"Recall {recall:P1}; missed: " + string.Join(", ", score.Missed));
        Assert.True(
            falsePositiveRate <= MaxIndependentFalsePositiveRate,
            $"False positive rate {falsePositiveRate:P1}: " + string.Join(", ", score.FalsePositives));
    }

    private static async Task<Score> ScoreAsync(bool independent)
    {
        // Every fixture is compiled together (the independent slice has its own stand-in types), then one slice scored.
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

        var slice = fixtures.Where(f => f.IsIndependent == independent).ToList();
        return new Score(
            slice.Sum(f => f.SecretLines.Count),
            slice.Sum(f => f.CleanLines.Count),
            slice.SelectMany(f => f.SecretLines.Where(line => !reported.Contains((f.Path, line))).Select(f.Describe))
                .ToList(),
            slice.SelectMany(f => f.CleanLines.Where(line => reported.Contains((f.Path, line))).Select(f.Describe))
                .ToList());
    }

    private sealed record Score(int Secrets, int Clean, List<string> Missed, List<string> FalsePositives);
}
