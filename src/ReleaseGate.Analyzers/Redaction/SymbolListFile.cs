using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGate.Analyzers.Redaction;

/// <summary>
/// Reads an additional file that lists symbols by documentation comment id (<c>M:Ns.Type.Method(System.String)</c>),
/// one per line, with <c>#</c> starting a comment.
/// </summary>
internal static class SymbolListFile
{
    public const string SinksFileName = "ReleaseGate.Sinks.txt";
    public const string SanitizersFileName = "ReleaseGate.Sanitizers.txt";

    public static ImmutableHashSet<ISymbol> Read(
        AnalyzerOptions options,
        string fileName,
        Compilation compilation,
        CancellationToken cancellationToken)
    {
        var symbols = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var file in options.AdditionalFiles)
        {
            if (!string.Equals(Path.GetFileName(file.Path), fileName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                continue;
            }

            foreach (var line in text.Lines)
            {
                var id = StripComment(line.ToString());
                if (id.Length == 0)
                {
                    continue;
                }

                foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation))
                {
                    symbols.Add(symbol.OriginalDefinition);
                }
            }
        }

        return symbols.ToImmutable();
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#');
        return (hash >= 0 ? line.Substring(0, hash) : line).Trim();
    }
}
