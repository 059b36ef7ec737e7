using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace ReleaseGate.Build.Runner;

/// <summary>
/// Times the runner's phases (reading, deciding, writing reports), from the process start on, so the cost of the
/// gate shows in a detailed build log (<c>-v:d</c>) without a profiler.
/// </summary>
internal sealed class PhaseTimer
{
    private readonly List<(string Phase, double Milliseconds)> _phases = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public T Time<T>(string phase, Func<T> action)
    {
        var started = _clock.Elapsed;
        try
        {
            return action();
        }
        finally
        {
            _phases.Add((phase, (_clock.Elapsed - started).TotalMilliseconds));
        }
    }

    public void Time(string phase, Action action) => Time(phase, () =>
    {
        action();
        return 0;
    });

    /// <summary>One line: the time from the process start to the runner's first step, then each phase.</summary>
    public string Describe()
    {
        var parts = new List<string> { $"startup {Milliseconds(StartupMilliseconds())}" };
        parts.AddRange(_phases.Select(p => $"{p.Phase} {Milliseconds(p.Milliseconds)}"));

        // Compiling methods on first call is much of a short process's time; this says how much.
        var jit = JitInfo.GetCompilationTime().TotalMilliseconds;
        parts.Add($"of which JIT {Milliseconds(jit)} for {JitInfo.GetCompiledMethodCount()} methods");
        return "timings: " + string.Join(", ", parts) + ".";
    }

    private double StartupMilliseconds()
    {
        using var process = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        return Math.Max(0, (sinceStart - _clock.Elapsed).TotalMilliseconds);
    }

    private static string Milliseconds(double value) =>
        value.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
