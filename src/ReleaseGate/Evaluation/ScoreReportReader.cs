using System.Globalization;
using System.Text.Json;

namespace ReleaseGate.Evaluation;

/// <summary>
/// Reads score reports (schema version 1, see <c>docs/formats/score-report.md</c>) and refuses anything that
/// could make a decision wrong: every problem is an <see cref="EvaluationException"/> naming the file.
/// </summary>
public static class ScoreReportReader
{
    private const string What = "score report";

    /// <summary>Reads and validates a score report file.</summary>
    /// <param name="path">The file to read.</param>
    /// <returns>The report, with <see cref="ScoreReport.SourceSha256"/> set to the hash of the file.</returns>
    /// <exception cref="EvaluationException">The file is missing, empty, malformed or inconsistent.</exception>
    public static ScoreReport Read(string path)
    {
        var bytes = JsonInputFile.ReadNonEmpty(path, What);
        return Parse(bytes, path);
    }

    /// <summary>Parses and validates a score report held in memory.</summary>
    /// <param name="json">The UTF-8 JSON text.</param>
    /// <param name="sourceName">The name used in problems (usually the file path).</param>
    /// <returns>The report, with <see cref="ScoreReport.SourceSha256"/> set to the hash of <paramref name="json"/>.</returns>
    /// <exception cref="EvaluationException">The text is malformed or inconsistent.</exception>
    public static ScoreReport Parse(ReadOnlyMemory<byte> json, string sourceName)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        using var document = JsonInputFile.Parse(sourceName, json, What);
        var fields = new JsonFields(sourceName, What);
        var root = fields.Object(document.RootElement, "the report");

        CheckSchemaVersion(fields, root);
        var build = ReadBuild(fields, root);
        var metrics = ReadMetrics(fields, root);
        var cases = ReadCases(fields, root, metrics);
        return new ScoreReport(build, metrics, cases)
        {
            SourcePath = sourceName,
            SourceSha256 = JsonInputFile.Sha256(json.Span),
        };
    }

    private static void CheckSchemaVersion(JsonFields fields, JsonElement root)
    {
        var value = fields.Required(root, "schemaVersion", "the report");
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var version))
        {
            throw fields.Invalid($"schemaVersion must be an integer but is {JsonFields.Describe(value)}.");
        }

        if (version != ScoreReport.CurrentSchemaVersion)
        {
            throw fields.Fail(
                EvaluationProblemKind.UnknownSchemaVersion,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"schemaVersion {version} is not known; this ReleaseGate reads version " +
                    $"{ScoreReport.CurrentSchemaVersion}. Write the report in version " +
                    $"{ScoreReport.CurrentSchemaVersion} or update ReleaseGate."));
        }
    }

    private static BuildInfo ReadBuild(JsonFields fields, JsonElement root)
    {
        var build = fields.Object(fields.Required(root, "build", "the report"), "build");
        var version = fields.RequiredString(build, "version", "build");
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in build.EnumerateObject())
        {
            if (property.Name != "version")
            {
                properties[property.Name] = property.Value.Clone();
            }
        }

        return new BuildInfo(version, properties);
    }

    private static List<MetricDefinition> ReadMetrics(JsonFields fields, JsonElement root)
    {
        var metrics = new List<MetricDefinition>();
        var array = fields.Array(fields.Required(root, "metrics", "the report"), "metrics");
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var location = $"metrics[{index++}]";
            fields.Object(item, location);
            var name = fields.RequiredString(item, "name", location);
            var direction = fields.RequiredString(item, "direction", location) switch
            {
                "higher" => MetricDirection.Higher,
                "lower" => MetricDirection.Lower,
                var other => throw fields.Invalid(
                    $"{location}.direction is \"{other}\"; it must be \"higher\" or \"lower\" (which way is better)."),
            };
            if (metrics.Any(m => m.Name == name))
            {
                throw fields.Invalid($"metric \"{name}\" is declared twice in metrics. Remove one.");
            }

            metrics.Add(new MetricDefinition(name, direction, fields.OptionalBool(item, "critical", location, false)));
        }

        if (metrics.Count == 0)
        {
            throw fields.Fail(
                EvaluationProblemKind.FileEmpty,
                "metrics is empty; a report must declare at least one metric. Produce the report again.");
        }

        return metrics;
    }

    private static List<CaseScores> ReadCases(JsonFields fields, JsonElement root, List<MetricDefinition> metrics)
    {
        var array = fields.Array(fields.Required(root, "cases", "the report"), "cases");
        var cases = new List<CaseScores>(array.GetArrayLength());
        var seen = new HashSet<string>(cases.Capacity, StringComparer.Ordinal);
        var declared = metrics.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var location = $"cases[{index++}]";
            fields.Object(item, location);
            var id = fields.RequiredString(item, "id", location);
            if (!seen.Add(id))
            {
                throw fields.Fail(
                    EvaluationProblemKind.DuplicateCaseId,
                    $"case id \"{id}\" appears more than once ({location}); case ids must be unique. " +
                    "Fix the eval set or the tool that wrote the report.",
                    id);
            }

            var scores = ReadScores(fields, item, location, id, declared);
            cases.Add(new CaseScores(id, scores, fields.Tags(item, location), fields.Weight(item, location)));
        }

        if (cases.Count == 0)
        {
            throw fields.Fail(
                EvaluationProblemKind.FileEmpty,
                "cases is empty; a report with no cases cannot show anything. Check that the evaluation ran.");
        }

        return cases;
    }

    private static Dictionary<string, double> ReadScores(
        JsonFields fields,
        JsonElement item,
        string caseLocation,
        string id,
        Dictionary<string, MetricDefinition> declared)
    {
        var location = caseLocation + ".scores";
        var scoresElement = fields.Object(fields.Required(item, "scores", caseLocation), location);
        var scores = new Dictionary<string, double>(declared.Count, StringComparer.Ordinal);
        foreach (var property in scoresElement.EnumerateObject())
        {
            // JsonProperty.Name decodes a new string on every call: read it once per score.
            var name = property.Name;
            if (!declared.ContainsKey(name))
            {
                throw fields.Fail(
                    EvaluationProblemKind.MetricMissing,
                    $"case \"{id}\" scores metric \"{name}\", which metrics does not declare. " +
                    "Declare it in metrics or remove the score.",
                    id,
                    name);
            }

            scores[name] = fields.Score(property.Value, location, id, name);
        }

        if (scores.Count < declared.Count)
        {
            var missing = declared.Keys.First(name => !scores.ContainsKey(name));
            throw fields.Fail(
                EvaluationProblemKind.MetricMissing,
                $"case \"{id}\" has no score for metric \"{missing}\"; every case needs a score for every " +
                "declared metric. Fix the evaluation that produced the report.",
                id,
                missing);
        }

        return scores;
    }
}
