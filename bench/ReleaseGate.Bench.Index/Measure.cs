using System.Diagnostics;
using System.Globalization;

namespace ReleaseGate.Bench.Index;

/// <summary>Timing helpers: the median of several runs, and a printed comparison.</summary>
internal static class Measure
{
    public static async Task<TimeSpan> MedianAsync(int runs, Func<Task> action)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    public static TimeSpan Median(int runs, Action action) =>
        MedianAsync(runs, () => { action(); return Task.CompletedTask; }).GetAwaiter().GetResult();

    public static void Report(string name, string measured, TimeSpan a, string baseline, TimeSpan b, double? goal = null)
    {
        var ratio = a.TotalMilliseconds / b.TotalMilliseconds;
        var verdict = goal is { } limit ? (ratio <= limit ? $" (goal <= {limit:0.0}x: met)" : $" (goal <= {limit:0.0}x: NOT met)") : string.Empty;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: {measured} {a.TotalMilliseconds:0.0} ms, {baseline} {b.TotalMilliseconds:0.0} ms, ratio {ratio:0.00}x{verdict}"));
    }
}
