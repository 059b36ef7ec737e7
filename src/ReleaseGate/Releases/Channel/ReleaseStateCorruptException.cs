namespace ReleaseGate.Releases.Channel;

/// <summary>
/// The channel's state cannot be trusted. The message says what is wrong and how to recover from the history
/// journal; nothing was changed.
/// </summary>
public sealed class ReleaseStateCorruptException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statePath">The state file.</param>
    /// <param name="message">What is wrong and how to recover.</param>
    /// <param name="innerException">The error that revealed it, if any.</param>
    public ReleaseStateCorruptException(string statePath, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        StatePath = statePath;
    }

    /// <summary>The state file.</summary>
    public string StatePath { get; }

    /// <summary>The error code, <see cref="ReleaseGateErrorCodes.ReleaseStateCorrupt"/>.</summary>
    public string Code => ReleaseGateErrorCodes.ReleaseStateCorrupt;
}
