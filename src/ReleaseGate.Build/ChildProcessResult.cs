namespace ReleaseGate.Build;

/// <summary>How a child process ended.</summary>
internal sealed class ChildProcessResult
{
    public ChildProcessResult(int exitCode, bool timedOut, bool canceled)
    {
        ExitCode = exitCode;
        TimedOut = timedOut;
        Canceled = canceled;
    }

    public int ExitCode { get; }

    public bool TimedOut { get; }

    public bool Canceled { get; }
}
