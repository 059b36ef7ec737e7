using System.CommandLine;

namespace ReleaseGate.Cli.Privacy;

/// <summary>Runs a verb's body and turns bad input into one error line and exit code 2.</summary>
internal static class PrivacyCommandRunner
{
    public const int Failed = 2;

    public static int Run(ParseResult parsed, Func<TextWriter, int> body)
    {
        var configuration = parsed.InvocationConfiguration;
        try
        {
            return body(configuration.Output);
        }
        catch (PrivacyCliException error)
        {
            configuration.Error.WriteLine($"error {error.Message}");
            return Failed;
        }
    }

    public static string ReadAllText(string path, TextReader stdin)
    {
        if (path == "-")
        {
            return stdin.ReadToEnd();
        }

        return File.ReadAllText(ExistingFile(path));
    }

    public static string ExistingFile(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new PrivacyCliException(ReleaseGateErrorCodes.PathNotFound,
                $"file '{full}' does not exist. Pass an existing file, or '-' to read standard input.");
        }

        return full;
    }
}
