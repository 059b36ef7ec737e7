using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ReleaseGate.Analyzers.Tests;

/// <summary>
/// Compiles test code against the built ReleaseGate library and the running .NET, so a rule meets the real
/// types and member shapes users compile against, not the stand-ins of <c>RedactionSources</c>.
/// </summary>
public static class RuntimeLibraryReferences
{
    // The library targets the same .NET as this test assembly, so the running framework is its reference set.
    public static ReferenceAssemblies Framework { get; } = new("net10.0");

    public static IReadOnlyList<MetadataReference> All { get; } = Create();

    private static List<MetadataReference> Create()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == framework);
        string[] library =
        [
            typeof(ReleaseGate.Indexing.KnowledgeIndex).Assembly.Location,
            typeof(Microsoft.Extensions.AI.IEmbeddingGenerator).Assembly.Location,
        ];
        return platform.Concat(library)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }
}
