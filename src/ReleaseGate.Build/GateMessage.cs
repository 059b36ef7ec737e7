namespace ReleaseGate.Build;

/// <summary>One line of the runner's machine-readable output, parsed by <see cref="GateProtocol"/>.</summary>
internal sealed class GateMessage
{
    public GateMessage(string kind, string code, string file, string text)
    {
        Kind = kind;
        Code = code;
        File = file;
        Text = text;
    }

    /// <summary><c>error</c>, <c>warning</c>, <c>summary</c> or <c>info</c>.</summary>
    public string Kind { get; }

    public string Code { get; }

    public string File { get; }

    public string Text { get; }
}
