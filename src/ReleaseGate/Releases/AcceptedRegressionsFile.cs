using System.Globalization;
using System.Text.Json;
using ReleaseGate.Evaluation;

namespace ReleaseGate.Releases;

/// <summary>Reads and writes accepted-regressions files (see <c>docs/formats/accepted-regressions.md</c>).</summary>
public static class AcceptedRegressionsFile
{
    private const string What = "accepted-regressions file";

    /// <summary>Reads and validates an accepted-regressions file.</summary>
    /// <param name="path">The file to read.</param>
    /// <returns>The accepted regressions.</returns>
    /// <exception cref="EvaluationException">The file is missing, empty, malformed or has invalid values.</exception>
    public static AcceptedRegressions Read(string path)
    {
        var bytes = JsonInputFile.ReadNonEmpty(path, What);
        using var document = JsonInputFile.Parse(path, bytes, What);
        var fields = new JsonFields(path, What);
        var root = fields.Object(document.RootElement, "the file");
        var version = fields.Required(root, "schemaVersion", "the file");
        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number)
            || number != AcceptedRegressions.CurrentSchemaVersion)
        {
            throw fields.Fail(
                EvaluationProblemKind.UnknownSchemaVersion,
                $"schemaVersion {JsonFields.Describe(version)} is not known; this ReleaseGate reads version " +
                string.Create(CultureInfo.InvariantCulture, $"{AcceptedRegressions.CurrentSchemaVersion}.") +
                " Write the file in that version or update ReleaseGate.");
        }

        var hash = fields.RequiredString(root, "baselineSha256", "the file");
        if (hash.Length != 64 || !hash.All(Uri.IsHexDigit))
        {
            throw fields.Invalid($"baselineSha256 \"{hash}\" is not a SHA-256 in hex (64 hex digits).");
        }

        var entries = new List<AcceptedRegression>();
        var index = 0;
        foreach (var item in fields.Array(fields.Required(root, "accepted", "the file"), "accepted").EnumerateArray())
        {
            var location = $"accepted[{index++}]";
            fields.Object(item, location);
            entries.Add(new AcceptedRegression(
                fields.RequiredString(item, "case", location),
                fields.RequiredString(item, "metric", location),
                fields.RequiredString(item, "reason", location)));
        }

        return new AcceptedRegressions(hash, entries) { SourcePath = path };
    }

    /// <summary>Writes an accepted-regressions file atomically.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="accepted">The accepted regressions.</param>
    public static void Write(string path, AcceptedRegressions accepted)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(accepted);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", AcceptedRegressions.CurrentSchemaVersion);
            writer.WriteString("baselineSha256", accepted.BaselineSha256);
            writer.WriteStartArray("accepted");
            foreach (var entry in accepted.Entries)
            {
                writer.WriteStartObject();
                writer.WriteString("case", entry.CaseId);
                writer.WriteString("metric", entry.Metric);
                writer.WriteString("reason", entry.Reason);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }
}
