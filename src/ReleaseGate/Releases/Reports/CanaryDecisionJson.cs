using System.Text.Json;
using ReleaseGate.Evaluation;

namespace ReleaseGate.Releases.Reports;

/// <summary>
/// Writes a decision as a JSON record (version 1, see <c>docs/formats/decision-record.md</c>): the verdict, the
/// reasons and every number behind them, for machines and for the audit trail.
/// </summary>
public static class CanaryDecisionJson
{
    /// <summary>The record's schema version.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Serializes a decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>UTF-8 JSON.</returns>
    public static byte[] ToUtf8Bytes(CanaryDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            Write(writer, decision);
        }

        return buffer.ToArray();
    }

    private static void Write(Utf8JsonWriter w, CanaryDecision d)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteString("verdict", d.Promoted ? "promote" : "reject");
        w.WriteString("summary", d.Summary);
        Strings(w, "reasons", d.Reasons);
        Strings(w, "notes", d.Notes);
        w.WriteStartObject("baseline");
        w.WriteString("version", d.BaselineVersion);
        w.WriteString("sha256", d.BaselineSha256);
        w.WriteEndObject();
        w.WriteStartObject("candidate");
        w.WriteString("version", d.CandidateVersion);
        w.WriteString("sha256", d.CandidateSha256);
        w.WriteEndObject();
        w.WriteStartObject("policy");
        w.WriteNumber("confidence", d.Policy.Confidence);
        w.WriteNumber("seed", d.Policy.Seed);
        w.WriteNumber("bootstrapResamples", d.Policy.BootstrapResamples);
        w.WriteNumber("bootstrapMaxCases", d.Policy.BootstrapMaxCases);
        w.WriteEndObject();
        w.WriteNumber("pairedCases", d.PairedCaseCount);
        Strings(w, "candidateOnlyCases", d.CandidateOnlyCases);
        Strings(w, "baselineOnlyCases", d.BaselineOnlyCases);
        w.WriteStartArray("metrics");
        foreach (var m in d.Metrics)
        {
            WriteMetric(w, m);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteMetric(Utf8JsonWriter w, MetricComparison m)
    {
        w.WriteStartObject();
        w.WriteString("name", m.Metric);
        w.WriteString("direction", m.Direction == MetricDirection.Higher ? "higher" : "lower");
        w.WriteBoolean("critical", m.Critical);
        w.WriteBoolean("rejects", m.Rejects);
        w.WriteNumber("baselineMean", m.BaselineMean);
        w.WriteNumber("candidateMean", m.CandidateMean);
        w.WriteNumber("meanDifference", m.MeanDifference);
        w.WriteNumber("intervalLower", m.IntervalLower);
        w.WriteNumber("intervalUpper", m.IntervalUpper);
        w.WriteString("intervalMethod", m.IntervalMethod == IntervalMethod.Normal ? "normal" : "bootstrap");
        Number(w, "minimum", m.Policy.Minimum);
        Number(w, "maximum", m.Policy.Maximum);
        w.WriteNumber("maxRegression", m.MaxRegression);
        Number(w, "passThreshold", m.PassThreshold);
        Flips(w, "newlyFailing", m.NewlyFailing);
        Flips(w, "newlyPassing", m.NewlyPassing);
        Flips(w, "accepted", m.Accepted);
        w.WriteNumber("candidateOnlyCount", m.CandidateOnlyCount);
        Number(w, "candidateOnlyMean", m.CandidateOnlyMean);
        Strings(w, "reasons", m.Reasons);
        w.WriteEndObject();
    }

    private static void Flips(Utf8JsonWriter w, string name, IReadOnlyList<CaseFlip> flips)
    {
        w.WriteStartArray(name);
        foreach (var flip in flips)
        {
            w.WriteStartObject();
            w.WriteString("id", flip.CaseId);
            w.WriteNumber("baseline", flip.BaselineScore);
            w.WriteNumber("candidate", flip.CandidateScore);
            w.WriteBoolean("critical", flip.Critical);
            if (flip.AcceptedReason is not null)
            {
                w.WriteString("acceptedReason", flip.AcceptedReason);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
