using System.Text.Json;
using ReleaseGate.Releases.Reports;

namespace ReleaseGate.Build.Runner;

/// <summary>
/// The decision record of a run whose inputs were refused: the same file and schema version as a decision
/// (<see cref="CanaryDecisionJson"/>), with the verdict <c>error</c> and the coded errors instead of metrics.
/// </summary>
internal static class RefusedRecord
{
    public static byte[] ToUtf8Bytes(IReadOnlyList<GateError> errors)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", CanaryDecisionJson.SchemaVersion);
            writer.WriteString("verdict", "error");
            writer.WriteString("summary", "Not evaluated: the gate could not use its inputs.");
            writer.WriteStartArray("errors");
            foreach (var error in errors)
            {
                writer.WriteStartObject();
                writer.WriteString("code", error.Code);
                writer.WriteString("file", error.File);
                writer.WriteString("message", error.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
