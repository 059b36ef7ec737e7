namespace ReleaseGate.Analyzers;

/// <summary>The analyzer rule ids and where their help pages live; nothing else spells them.</summary>
internal static class RuleIdentifiers
{
    public const string UnredactedIndexWrite = "RG1001";
    public const string HardCodedSecret = "RG1002";
    public const string RedactionDisabled = "RG1003";

    /// <summary>Every page is <c>docs/rules/{id}.md</c> in the repository; a test checks each one exists.</summary>
    public const string HelpLinkBase = "https://github.com/releasegate/releasegate/blob/main/docs/rules/";

    public static string GetHelpUri(string id) => HelpLinkBase + id + ".md";
}
