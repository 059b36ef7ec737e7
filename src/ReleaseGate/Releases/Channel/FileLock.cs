namespace ReleaseGate.Releases.Channel;

/// <summary>
/// An exclusive lock shared by every process on the machine: an open lock file with no sharing. The operating
/// system releases it when the process ends, so a crashed writer never leaves the channel locked.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    private readonly FileStream _stream;

    private FileLock(FileStream stream)
    {
        _stream = stream;
    }

    public static FileLock Acquire(string path, TimeSpan timeout)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new FileLock(stream);
            }
            catch (IOException) when (waited < timeout)
            {
                // Another process holds the lock; wall-clock waiting is the point here, not something to fake.
                Thread.Sleep(Poll);
                waited += Poll;
            }
            catch (IOException ex)
            {
                throw new TimeoutException(
                    $"{ReleaseGateErrorCodes.ReleaseStateLocked}: {path} stayed locked by another process for " +
                    $"{timeout.TotalSeconds:0} s. If no releasegate process is running, try again.",
                    ex);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
