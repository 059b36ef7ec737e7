using System.Text.Json;
using ReleaseGate.Releases;

namespace ReleaseGate.Build.Runner;

/// <summary>
/// Writes the gate's JSON decision record (<c>canary-decision.json</c>, see <c>docs/build-gate.md</c>): what was
/// compared, the verdict and why, the numbers per metric, and any input errors, for CI steps to read.
/// </summary>
internal static class DecisionRecord
{
    public const int SchemaVersion = 1;

    public static void Write(
        string path,
        RunnerOptions options,
        CanaryDecision? decision,
        IReadOnlyList<GateError> errors)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SchemaVersion);
        writer.WriteString("verdict", Verdict(decision));
        writer.WriteString("summary", decision?.Summary ?? "Not evaluated: the inputs were refused.");
        WriteFile(writer, "baseline", options.Baseline, decision?.BaselineVersion, decision?.BaselineSha256);
        WriteFile(writer, "candidate", options.Candidate, decision?.CandidateVersion, decision?.CandidateSha256);
        WriteStrings(writer, "reasons", decision?.Reasons ?? []);
        WriteStrings(writer, "notes", decision?.Notes ?? []);

        writer.WriteStartArray("metrics");
        foreach (var metric in decision?.Metrics ?? [])
        {
            WriteMetric(writer, metric);
        }

        writer.WriteEndArray();

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

    private static string Verdict(CanaryDecision? decision) => decision is null
        ? "error"
        : decision.Promoted ? "promote" : "reject";

    private static void WriteFile(Utf8JsonWriter writer, string name, string path, string? version, string? sha256)
    {
        writer.WriteStartObject(name);
        writer.WriteString("path", path);
        writer.WriteString("version", version);
        writer.WriteString("sha256", sha256);
        writer.WriteEndObject();
    }

    private static void WriteMetric(Utf8JsonWriter writer, MetricComparison metric)
    {
        writer.WriteStartObject();
        writer.WriteString("name", metric.Metric);
        writer.WriteString("direction", metric.Direction.ToString().ToLowerInvariant());
        writer.WriteNumber("baselineMean", metric.BaselineMean);
        writer.WriteNumber("candidateMean", metric.CandidateMean);
        writer.WriteNumber("meanDifference", metric.MeanDifference);
        writer.WriteNumber("intervalLower", metric.IntervalLower);
        writer.WriteNumber("intervalUpper", metric.IntervalUpper);
        writer.WriteNumber("maxRegression", metric.MaxRegression);
        WriteStrings(writer, "newlyFailing", metric.NewlyFailing.Select(flip => flip.CaseId));
        WriteStrings(writer, "newlyPassing", metric.NewlyPassing.Select(flip => flip.CaseId));
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
