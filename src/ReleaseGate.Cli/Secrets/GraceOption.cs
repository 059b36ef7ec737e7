using System.CommandLine.Parsing;

namespace ReleaseGate.Cli.Secrets;

/// <summary>Parses <c>--grace</c>, reporting a bad duration as a parse error with its code.</summary>
internal static class GraceOption
{
    public static TimeSpan Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (GraceDuration.TryParse(text, out var duration))
        {
            return duration;
        }

        result.AddError($"{ReleaseGateErrorCodes.InvalidGraceDuration}: '--grace {text}' is not a duration. "
            + "Use a number and a unit (30s, 10m, 2h, 1d), or 0 for no grace window.");
        return default;
    }
}
