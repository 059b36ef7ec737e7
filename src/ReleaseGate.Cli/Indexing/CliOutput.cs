using System.CommandLine;
using System.Text.Json;

namespace ReleaseGate.Cli.Indexing;

/// <summary>Where a command writes, and how errors the user can act on become exit codes.</summary>
internal static class CliOutput
{
    /// <summary>The exit code of an error the user can act on (bad input, damaged files).</summary>
    public const int UserError = 2;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static TextWriter Out(ParseResult parseResult) => parseResult.InvocationConfiguration.Output;

    public static void WriteJson(ParseResult parseResult, object value) =>
        Out(parseResult).WriteLine(JsonSerializer.Serialize(value, Json));

    /// <summary>Runs a command, turning a <see cref="ReleaseGateException"/> into its message and exit code 2.</summary>
    public static async Task<int> RunAsync(ParseResult parseResult, Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (ReleaseGateException ex)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(ex.Message);
            return UserError;
        }
    }
}
