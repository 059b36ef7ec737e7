using System.Globalization;
using ReleaseGate.Indexing;

namespace ReleaseGate.Cli.Indexing;

/// <summary>A one-line progress bar on standard error, drawn only when both output streams are a terminal.</summary>
internal sealed class ConsoleProgressBar : IProgress<IndexProgress>, IDisposable
{
    private const int Width = 30;
    private bool _drawn;

    private ConsoleProgressBar()
    {
    }

    /// <summary>A bar on a terminal; nothing when output is redirected or JSON was asked for.</summary>
    public static ConsoleProgressBar? ForTerminal(bool json) =>
        json || Console.IsOutputRedirected || Console.IsErrorRedirected ? null : new ConsoleProgressBar();

    public void Report(IndexProgress value)
    {
        var total = Math.Max(value.DocumentsToWrite, 1);
        var filled = Width * value.DocumentsWritten / total;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string('.', Width - filled)}] " +
            $"{value.DocumentsWritten}/{value.DocumentsToWrite} documents, {value.ChunksEmbedded} chunks embedded");
        Console.Error.Write(line);
        _drawn = true;
    }

    public void Dispose()
    {
        if (_drawn)
        {
            Console.Error.WriteLine();
        }
    }
}
