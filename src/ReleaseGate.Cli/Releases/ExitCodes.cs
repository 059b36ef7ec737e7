namespace ReleaseGate.Cli.Releases;

/// <summary>The exit codes of the canary and release commands, so scripts can tell a rejection from bad input.</summary>
internal static class ExitCodes
{
    public const int Promote = 0;
    public const int Reject = 1;
    public const int BadInput = 2;
}
