using System.CommandLine;
using ReleaseGate.Secrets;

namespace ReleaseGate.Cli.Secrets;

/// <summary>Runs a verb's body and turns coded failures into one error line and exit code 2.</summary>
internal static class SecretsCommandRunner
{
    public const int Failed = 2;

    public static int Run(ParseResult parsed, Func<TextWriter, int> body)
    {
        var configuration = parsed.InvocationConfiguration;
        try
        {
            return body(configuration.Output);
        }
        catch (SecretStoreException error)
        {
            configuration.Error.WriteLine($"error {error.Message}");
            return Failed;
        }
        catch (ArgumentException error)
        {
            configuration.Error.WriteLine($"error: {error.Message}");
            return Failed;
        }
    }

    /// <summary>Reads the first line of standard input: values come there to stay out of shell history.</summary>
    public static SecretValue ReadValue(TextReader input, string purpose)
    {
        var line = input.ReadLine();
        if (string.IsNullOrEmpty(line))
        {
            throw new SecretStoreException(ReleaseGateErrorCodes.SecretValueMissing,
                $"No value on standard input. Pipe the {purpose} in, for example: "
                + "printf '%s\\n' \"$VALUE\" | releasegate secrets ...");
        }

        return new SecretValue(line);
    }

    public static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("O");
}
