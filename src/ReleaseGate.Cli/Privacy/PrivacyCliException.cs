namespace ReleaseGate.Cli.Privacy;

/// <summary>Bad input to <c>redact</c> or <c>scan</c>: the message names the code, the place and what to do.</summary>
internal sealed class PrivacyCliException(string code, string message) : Exception($"{code}: {message}")
{
    public string Code { get; } = code;
}
