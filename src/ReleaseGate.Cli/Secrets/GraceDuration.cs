using System.Globalization;

namespace ReleaseGate.Cli.Secrets;

/// <summary>Grace durations the way people type them: <c>30s</c>, <c>10m</c>, <c>2h</c>, <c>1d</c>.</summary>
internal static class GraceDuration
{
    public static readonly TimeSpan Default = TimeSpan.FromMinutes(10);

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        text = text.Trim();
        if (text == "0")
        {
            return true;
        }

        var split = text.Length - 1;
        var perUnit = char.ToLowerInvariant(text.Length > 0 ? text[split] : ' ') switch
        {
            's' => TimeSpan.FromSeconds(1),
            'm' => TimeSpan.FromMinutes(1),
            'h' => TimeSpan.FromHours(1),
            'd' => TimeSpan.FromDays(1),
            _ => TimeSpan.Zero,
        };
        if (perUnit == TimeSpan.Zero
            || !double.TryParse(text.AsSpan(0, split), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture,
                out var count)
            || count * perUnit.Ticks > TimeSpan.MaxValue.Ticks / 2)
        {
            return false;
        }

        duration = TimeSpan.FromTicks((long)(count * perUnit.Ticks));
        return true;
    }

    /// <summary>Describes time left with its two largest units, such as <c>9m 59s</c> or <c>1d 2h</c>.</summary>
    public static string Remaining(TimeSpan left)
    {
        var parts = new[] { (left.Days, "d"), (left.Hours, "h"), (left.Minutes, "m"), (left.Seconds, "s") }
            .SkipWhile(part => part.Item1 == 0)
            .Take(2)
            .Where(part => part.Item1 != 0)
            .Select(part => $"{part.Item1}{part.Item2}");
        var text = string.Join(" ", parts);
        return text.Length == 0 ? "under 1s" : text;
    }

    public static string Format(TimeSpan duration) => duration switch
    {
        { Ticks: 0 } => "0",
        { TotalDays: >= 1 } when duration.Ticks % TimeSpan.TicksPerDay == 0 => $"{duration.TotalDays:0}d",
        { TotalHours: >= 1 } when duration.Ticks % TimeSpan.TicksPerHour == 0 => $"{duration.TotalHours:0}h",
        { TotalMinutes: >= 1 } when duration.Ticks % TimeSpan.TicksPerMinute == 0 => $"{duration.TotalMinutes:0}m",
        _ => $"{Math.Ceiling(duration.TotalSeconds):0}s",
    };
}
