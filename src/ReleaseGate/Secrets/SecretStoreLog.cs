using Microsoft.Extensions.Logging;

namespace ReleaseGate.Secrets;

/// <summary>The store's log messages. They name secrets and version numbers, never values.</summary>
internal static partial class SecretStoreLog
{
    [LoggerMessage(EventId = 3400, Level = LogLevel.Information,
        Message = "Created secret {Name} at version {Version}")]
    public static partial void Created(ILogger logger, string name, int version);

    [LoggerMessage(EventId = 3401, Level = LogLevel.Information,
        Message = "Rotated secret {Name} to version {Version}; version {PreviousVersion} stays valid until {End:O}")]
    public static partial void RotatedWithGrace(
        ILogger logger, string name, int version, int previousVersion, DateTimeOffset end);

    [LoggerMessage(EventId = 3402, Level = LogLevel.Information,
        Message = "Rotated secret {Name} to version {Version} with no grace window")]
    public static partial void RotatedWithoutGrace(ILogger logger, string name, int version);

    [LoggerMessage(EventId = 3403, Level = LogLevel.Information,
        Message = "Secret {Name} version {Version} is no longer accepted: its grace window was closed")]
    public static partial void GraceClosed(ILogger logger, string name, int version);

    [LoggerMessage(EventId = 3404, Level = LogLevel.Warning,
        Message = "Rejected a value for secret {Name}: it is version {Version}, whose window ended at {EndedAt:O}")]
    public static partial void RejectedExpired(ILogger logger, string name, int version, DateTimeOffset endedAt);

    [LoggerMessage(EventId = 3405, Level = LogLevel.Warning,
        Message = "Rejected a value for secret {Name}: it matches no version")]
    public static partial void RejectedNoMatch(ILogger logger, string name);

    [LoggerMessage(EventId = 3406, Level = LogLevel.Warning,
        Message = "Rejected a value for secret {Name}: there is no secret with that name")]
    public static partial void RejectedUnknown(ILogger logger, string name);

    [LoggerMessage(EventId = 3407, Level = LogLevel.Debug,
        Message = "Accepted secret {Name} version {Version}, which is in its grace window")]
    public static partial void AcceptedInGrace(ILogger logger, string name, int version);

    [LoggerMessage(EventId = 3408, Level = LogLevel.Debug,
        Message = "Loaded {Count} secrets from {Backend}")]
    public static partial void Loaded(ILogger logger, int count, string backend);
}
