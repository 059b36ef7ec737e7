namespace ReleaseGate.Build;

/// <summary>
/// The line format the runner prints and the task reads: a prefix, then kind, code, file and message separated
/// by tabs. Tabs and line breaks inside a field become spaces, so one diagnostic is always one line.
/// </summary>
internal static class GateProtocol
{
    public const string Prefix = "##releasegate";
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Summary = "summary";
    public const string Info = "info";

    private const char Separator = '\t';

    public static string Format(string kind, string code, string file, string text) =>
        string.Join(
            Separator.ToString(),
            Prefix,
            Clean(kind),
            Clean(code),
            Clean(file),
            Clean(text));

    public static bool TryParse(string line, out GateMessage? message)
    {
        message = null;
        if (line is null || !line.StartsWith(Prefix + Separator, System.StringComparison.Ordinal))
        {
            return false;
        }

        var fields = line.Split(new[] { Separator }, 5);
        if (fields.Length != 5)
        {
            return false;
        }

        message = new GateMessage(fields[1], fields[2], fields[3], fields[4]);
        return true;
    }

    private static string Clean(string? field) =>
        (field ?? string.Empty).Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
