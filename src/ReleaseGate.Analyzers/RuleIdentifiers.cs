namespace ReleaseGate.Analyzers;

/// <summary>The analyzer rule ids and where their help pages live; nothing else spells them.</summary>
internal static class RuleIdentifiers
{
    public const string UnredactedIndexWrite = "RG1001";
    public const string HardCodedSecret = "RG1002";
    public const string RedactionDisabled = "RG1003";

    /// <summary>The package's source repository; the package's <c>RepositoryUrl</c> names the same one.</summary>
    public const string RepositoryUrl = "https://github.com/releasegate/releasegate";

    /// <summary>Help pages are read from the main branch, so a link printed by any release keeps working.</summary>
    public const string HelpPageBranch = "main";

    /// <summary>The folder, relative to the repository root, that holds one <c>{id}.md</c> page per rule.</summary>
    public const string HelpPageFolder = "docs/rules";

    /// <summary>The page's path relative to the repository root; a test checks that each one exists.</summary>
    public static string GetHelpPagePath(string id) => HelpPageFolder + "/" + id + ".md";

    public static string GetHelpUri(string id) => RepositoryUrl + "/blob/" + HelpPageBranch + "/" + GetHelpPagePath(id);
}
