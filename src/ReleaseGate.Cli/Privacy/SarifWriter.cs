using System.Text.Json;
using ReleaseGate.Privacy;

namespace ReleaseGate.Cli.Privacy;

/// <summary>Writes scan results as a SARIF 2.1.0 log: one rule per catalog rule id, no values in messages.</summary>
internal static class SarifWriter
{
    private const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(IReadOnlyList<ScanResult> results, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Schema);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, results);
            json.WriteStartArray("results");
            foreach (var result in results)
            {
                WriteResult(json, result);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<ScanResult> results)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "releasegate");
        json.WriteStartArray("rules");
        foreach (var rule in results.Select(r => (r.Finding.RuleId, r.Finding.Kind)).Distinct().OrderBy(r => r.RuleId))
        {
            json.WriteStartObject();
            json.WriteString("id", rule.RuleId);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", $"{rule.Kind.ToTagName()} ({rule.RuleId}) in a file");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ScanResult result)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", result.Finding.RuleId);
        json.WriteString("level", result.Finding.Kind == PiiKind.Credential ? "error" : "warning");
        json.WriteStartObject("message");
        json.WriteString("text", $"{result.Finding.Kind.ToTagName()} found by rule {result.Finding.RuleId}.");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", result.Path.Replace('\\', '/'));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", result.Begin.Line);
        json.WriteNumber("startColumn", result.Begin.Column);
        json.WriteNumber("endLine", result.End.Line);
        json.WriteNumber("endColumn", result.End.Column);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
