using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGate.Analyzers.Tests;

public class RuleHelpPageTests
{
    public static TheoryData<string> Descriptors()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in AllAnalyzers().SelectMany(analyzer => analyzer.SupportedDiagnostics))
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Every_rule_links_to_an_existing_help_page_that_names_it(string id)
    {
        var descriptor = AllAnalyzers().SelectMany(analyzer => analyzer.SupportedDiagnostics).First(d => d.Id == id);
        Assert.EndsWith($"/docs/rules/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);

        var page = Path.Combine(RepositoryPaths.Root(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"Missing help page {page}");
        Assert.StartsWith($"# {id}:", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_is_tracked_in_the_unshipped_release()
    {
        var tracking = File.ReadAllText(
            Path.Combine(RepositoryPaths.Root(), "src", "ReleaseGate.Analyzers", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in AllAnalyzers().SelectMany(analyzer => analyzer.SupportedDiagnostics))
        {
            Assert.Contains($"{descriptor.Id} | {descriptor.Category} |", tracking, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<DiagnosticAnalyzer> AllAnalyzers() =>
        typeof(ReleaseGateAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!);
}
