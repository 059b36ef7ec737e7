using System.Text.Json;

namespace ReleaseGate.Evaluation;

/// <summary>Writes score reports in the current schema version (see <c>docs/formats/score-report.md</c>).</summary>
public static class ScoreReportWriter
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>Serializes a report to UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON bytes.</returns>
    /// <exception cref="ArgumentException">A score is NaN or infinite; such a report would be refused when read.</exception>
    public static byte[] ToUtf8Bytes(ScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            Write(writer, report);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes a report to a file atomically (the old file stays whole until the new one is complete).</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="report">The report.</param>
    public static void Write(string path, ScoreReport report)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.WriteAllBytes(path, ToUtf8Bytes(report));
    }

    private static void Write(Utf8JsonWriter writer, ScoreReport report)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", ScoreReport.CurrentSchemaVersion);

        writer.WriteStartObject("build");
        writer.WriteString("version", report.Build.Version);
        foreach (var (name, value) in report.Build.Properties)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }

        writer.WriteEndObject();

        writer.WriteStartArray("metrics");
        foreach (var metric in report.Metrics)
        {
            writer.WriteStartObject();
            writer.WriteString("name", metric.Name);
            writer.WriteString("direction", metric.Direction == MetricDirection.Lower ? "lower" : "higher");
            writer.WriteBoolean("critical", metric.Critical);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("cases");
        foreach (var scored in report.Cases)
        {
            WriteCase(writer, scored);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCase(Utf8JsonWriter writer, CaseScores scored)
    {
        writer.WriteStartObject();
        writer.WriteString("id", scored.Id);
        if (scored.Tags.Count > 0)
        {
            writer.WriteStartArray("tags");
            foreach (var tag in scored.Tags)
            {
                writer.WriteStringValue(tag);
            }

            writer.WriteEndArray();
        }

        if (scored.Weight != 1.0)
        {
            writer.WriteNumber("weight", scored.Weight);
        }

        writer.WriteStartObject("scores");
        foreach (var (metric, score) in scored.Scores)
        {
            if (!double.IsFinite(score))
            {
                throw new ArgumentException(
                    $"Case \"{scored.Id}\" has a non-finite score for \"{metric}\"; fix the scorer.", nameof(scored));
            }

            writer.WriteNumber(metric, score);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
