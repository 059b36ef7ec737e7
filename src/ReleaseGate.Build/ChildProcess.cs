using System;
using System.Diagnostics;
using System.IO;
#if !NET
using System.Runtime.InteropServices;
#endif
using System.Threading;
using System.Threading.Tasks;

namespace ReleaseGate.Build;

/// <summary>Runs a process to completion or to a deadline, streaming its output lines, and kills its tree.</summary>
internal static class ChildProcess
{
    // A grandchild that inherited the output pipes can keep them open after the child exits; do not wait on it.
    private static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(5);

    public static ChildProcessResult Run(
        ProcessStartInfo startInfo,
        TimeSpan timeout,
        Action<string> onLine,
        CancellationToken cancellationToken)
    {
        startInfo.UseShellExecute = false;
        startInfo.RedirectStandardInput = true;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.CreateNoWindow = true;

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"'{startInfo.FileName}' did not start.");

        // The child gets no input: a command that prompts fails instead of waiting for the timeout.
        process.StandardInput.Close();

        var sync = new object();
        void Emit(string line)
        {
            lock (sync)
            {
                onLine(line);
            }
        }

        var readOutput = Task.Run(() => Pump(process.StandardOutput, Emit));
        var readError = Task.Run(() => Pump(process.StandardError, Emit));

        var exited = WaitForExit(process, timeout, cancellationToken);
        if (!exited)
        {
            KillTree(process);
            process.WaitForExit((int)DrainGrace.TotalMilliseconds);
        }

        Task.WaitAll(new[] { readOutput, readError }, DrainGrace);
        var exitCode = process.HasExited ? process.ExitCode : -1;
        var canceled = cancellationToken.IsCancellationRequested;
        return new ChildProcessResult(exitCode, !exited && !canceled, canceled);
    }

    private static bool WaitForExit(Process process, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!cancellationToken.IsCancellationRequested)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            // Waking up every so often lets a Ctrl+C in the build stop the child promptly.
            var slice = left < TimeSpan.FromMilliseconds(250) ? left : TimeSpan.FromMilliseconds(250);
            if (process.WaitForExit((int)Math.Ceiling(slice.TotalMilliseconds)))
            {
                return true;
            }
        }

        return false;
    }

    private static void Pump(StreamReader reader, Action<string> onLine)
    {
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            onLine(line);
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
#if NET
            process.Kill(entireProcessTree: true);
#else
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                using var taskkill = Process.Start(new ProcessStartInfo("taskkill", $"/T /F /PID {process.Id}")
                {
                    UseShellExecute = false,
                    CreateNoWindow = true,
                });
                taskkill?.WaitForExit();
            }
            else
            {
                process.Kill();
            }
#endif
        }
        catch (InvalidOperationException)
        {
            // It exited between the deadline and the kill.
        }
    }
}
