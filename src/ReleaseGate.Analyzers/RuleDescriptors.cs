using Microsoft.CodeAnalysis;

namespace ReleaseGate.Analyzers;

/// <summary>The diagnostic descriptors of every rule, built from <see cref="RuleIdentifiers"/>.</summary>
internal static class RuleDescriptors
{
    public static readonly DiagnosticDescriptor UnredactedIndexWrite = Create(
        RuleIdentifiers.UnredactedIndexWrite,
        "Redact text before writing it to an index",
        "'{0}' reaches the index write '{1}' without passing through a redactor",
        "Privacy",
        DiagnosticSeverity.Warning,
        "Text written to a knowledge index or vector store must pass through a redactor on every path, "
        + "otherwise personal data and credentials end up in the index and in search results.");

    public static readonly DiagnosticDescriptor HardCodedSecret = Create(
        RuleIdentifiers.HardCodedSecret,
        "Do not hard-code secrets",
        "This value looks like a credential ({0}); read it from configuration or an environment variable",
        "Security",
        DiagnosticSeverity.Warning,
        "A credential in source code is shared with everyone who can read the repository or the binary, "
        + "and it cannot be rotated without a release.");

    public static readonly DiagnosticDescriptor RedactionDisabled = Create(
        RuleIdentifiers.RedactionDisabled,
        "Index built with redaction turned off",
        "Redaction is turned off here with '{0}'; text will be stored exactly as it is written",
        "Privacy",
        DiagnosticSeverity.Info,
        "An index without a redaction policy stores personal data as it arrives; keep the default policy "
        + "unless every writer already redacts.");

    private static DiagnosticDescriptor Create(
        string id,
        string title,
        string message,
        string category,
        DiagnosticSeverity severity,
        string description)
    {
        return new DiagnosticDescriptor(
            id,
            title,
            message,
            category,
            severity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: RuleIdentifiers.GetHelpUri(id));
    }
}
