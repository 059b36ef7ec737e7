using System.Text.Json;
using System.Text.Json.Nodes;
using ReleaseGate.Privacy;

namespace ReleaseGate.Cli.Privacy;

/// <summary>
/// Redacts one field of every JSON Lines record and adds its findings. A line that is not a JSON object, or whose
/// field is missing or not a string, stops the run: writing it through unredacted could leak what it holds.
/// </summary>
internal static class JsonLinesRedaction
{
    public static void Run(PiiRedactor redactor, string path, TextReader stdin, string field, TextWriter output)
    {
        using var reader = path == "-" ? null : Open(path);
        var input = reader ?? stdin;
        var source = path == "-" ? "standard input" : Path.GetFullPath(path);
        var number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var record = Parse(line, source, number);
            if (record[field] is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            {
                throw new PrivacyCliException(ReleaseGateErrorCodes.RedactInputInvalid,
                    $"{source} line {number}: field '{field}' is missing or not a string. Pass the name of the "
                    + "text field with --text-field.");
            }

            var result = redactor.RedactWithFindings(value.GetValue<string>());
            record[field] = result.Text;
            record["findings"] = FindingsJson.Array(result.Findings);
            output.WriteLine(record.ToJsonString());
        }
    }

    private static StreamReader Open(string path) => new(PrivacyCommandRunner.ExistingFile(path));

    private static JsonObject Parse(string line, string source, int number)
    {
        try
        {
            return JsonNode.Parse(line) as JsonObject ?? throw NotAnObject(source, number);
        }
        catch (JsonException)
        {
            throw NotAnObject(source, number);
        }
    }

    // The line's content is not quoted back: it is exactly what may hold personal data.
    private static PrivacyCliException NotAnObject(string source, int number) =>
        new(ReleaseGateErrorCodes.RedactInputInvalid,
            $"{source} line {number} is not a JSON object. Each line of --input-format jsonl must be one object.");
}
