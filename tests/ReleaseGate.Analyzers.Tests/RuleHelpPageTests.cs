using System.Reflection;
using System.Xml.Linq;
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

        // The link must be a file of this repository at the address the package itself declares.
        var inRepository = PackageRepositoryUrl() + "/blob/main/";
        Assert.StartsWith(inRepository, descriptor.HelpLinkUri, StringComparison.Ordinal);
        var relative = descriptor.HelpLinkUri[inRepository.Length..];
        Assert.Equal($"docs/rules/{id}.md", relative);

        var page = Path.Combine([RepositoryPaths.Root(), .. relative.Split('/')]);
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

    private static string PackageRepositoryUrl()
    {
        var project = XDocument.Load(Path.Combine(RepositoryPaths.Root(), "src", "ReleaseGate", "ReleaseGate.csproj"));
        var url = project.Descendants("RepositoryUrl").Select(element => element.Value.Trim()).SingleOrDefault();
        Assert.False(string.IsNullOrEmpty(url), "The ReleaseGate package declares no RepositoryUrl");
        Assert.StartsWith("https://", url, StringComparison.Ordinal);
        return url.TrimEnd('/');
    }

    private static IEnumerable<DiagnosticAnalyzer> AllAnalyzers() =>
        typeof(ReleaseGateAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!);
}
