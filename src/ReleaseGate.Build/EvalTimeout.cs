using System;
using System.Globalization;

namespace ReleaseGate.Build;

/// <summary>Reads <c>ReleaseGateEvalTimeout</c>: a number of seconds, or a time span such as <c>00:10:00</c>.</summary>
internal static class EvalTimeout
{
    public static readonly TimeSpan Default = TimeSpan.FromMinutes(10);

    public static bool TryParse(string? text, out TimeSpan timeout)
    {
        timeout = Default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            timeout = TimeSpan.FromSeconds(seconds);
            return seconds > 0 && seconds <= int.MaxValue / 1000.0;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out timeout) && timeout > TimeSpan.Zero;
    }
}
