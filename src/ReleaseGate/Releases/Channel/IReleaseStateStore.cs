namespace ReleaseGate.Releases.Channel;

/// <summary>
/// Where a release channel keeps its state, its history and the score reports of its versions. Implementations
/// must make <see cref="Update"/> atomic and exclusive across processes: a file with a lock and a journal
/// (<see cref="FileReleaseStateStore"/>), or a database transaction.
/// </summary>
public interface IReleaseStateStore
{
    /// <summary>Reads the current state.</summary>
    /// <returns>The state; <see cref="ReleaseState.Empty"/> for a new channel.</returns>
    /// <exception cref="ReleaseStateCorruptException">The stored state cannot be trusted.</exception>
    ReleaseState Read();

    /// <summary>
    /// Holds the channel exclusively, reads the state, asks <paramref name="decide"/> for the entry to record, and
    /// records it durably; no other update runs in between.
    /// </summary>
    /// <param name="decide">Returns the next history entry, or <see langword="null"/> to change nothing.</param>
    /// <returns>The state after the update.</returns>
    /// <exception cref="ReleaseStateCorruptException">The stored state cannot be trusted.</exception>
    ReleaseState Update(Func<ReleaseState, ReleaseHistoryEntry?> decide);

    /// <summary>Keeps a score report under its SHA-256 (a no-op when it is already kept).</summary>
    /// <param name="sha256">The report's hash.</param>
    /// <param name="content">The report's bytes.</param>
    void SaveReport(string sha256, ReadOnlySpan<byte> content);

    /// <summary>Loads a kept score report.</summary>
    /// <param name="sha256">The report's hash.</param>
    /// <returns>The report's bytes.</returns>
    /// <exception cref="ReleaseStateCorruptException">The report is missing or does not match its hash.</exception>
    byte[] LoadReport(string sha256);
}
