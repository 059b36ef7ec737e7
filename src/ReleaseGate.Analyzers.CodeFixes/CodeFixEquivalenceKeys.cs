namespace ReleaseGate.Analyzers.CodeFixes;

/// <summary>The equivalence keys of every code fix, so Fix All groups them and tests can pick one.</summary>
public static class CodeFixEquivalenceKeys
{
    /// <summary>Wraps the value in a call to a redactor that is in scope.</summary>
    public const string WrapInRedactor = "RG1001.WrapInRedactor";

    /// <summary>Marks the parameter the value comes from with <c>[RequiresRedaction]</c>.</summary>
    public const string RequireRedactionFromCallers = "RG1001.RequireRedactionFromCallers";

    /// <summary>Reads the secret from an environment variable named after the symbol.</summary>
    public const string ReadFromEnvironment = "RG1002.ReadFromEnvironment";

    /// <summary>Reads the secret from an <c>IConfiguration</c> in scope, keyed by the symbol's name.</summary>
    public const string ReadFromConfiguration = "RG1002.ReadFromConfiguration";
}
