namespace ReleaseGate;

/// <summary>
/// The runtime and CLI error codes (<c>RG3xxx</c>). Each code has a help page under <c>docs/errors/</c>.
/// </summary>
public static class ReleaseGateErrorCodes
{
    /// <summary>A path given to the library or the CLI does not exist or cannot be read.</summary>
    public const string PathNotFound = "RG3001";
}
