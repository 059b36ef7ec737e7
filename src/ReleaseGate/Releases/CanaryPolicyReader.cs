using System.Globalization;
using System.Text.Json;
using ReleaseGate.Evaluation;

namespace ReleaseGate.Releases;

/// <summary>
/// Reads canary policy files (see <c>docs/formats/policy.md</c>). Unknown fields are refused, so a misspelt
/// setting cannot silently leave a bar unset.
/// </summary>
public static class CanaryPolicyReader
{
    private const string What = "policy";
    private static readonly string[] RootFields =
        [
            "schemaVersion", "confidence", "seed", "bootstrapResamples", "bootstrapMaxCases", "allowMissingCases",
            "defaults", "metrics",
        ];
    private static readonly string[] MetricFields = ["minimum", "maximum", "maxRegression", "passThreshold"];

    /// <summary>Reads and validates a policy file.</summary>
    /// <param name="path">The file to read.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="EvaluationException">The file is missing, empty, malformed or has invalid values.</exception>
    public static CanaryPolicy Read(string path)
    {
        var bytes = JsonInputFile.ReadNonEmpty(path, What);
        return Parse(bytes, path);
    }

    /// <summary>Parses and validates a policy held in memory.</summary>
    /// <param name="json">The UTF-8 JSON text.</param>
    /// <param name="sourceName">The name used in problems (usually the file path).</param>
    /// <returns>The policy.</returns>
    /// <exception cref="EvaluationException">The text is malformed or has invalid values.</exception>
    public static CanaryPolicy Parse(ReadOnlyMemory<byte> json, string sourceName)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        using var document = JsonInputFile.Parse(sourceName, json, What);
        var fields = new JsonFields(sourceName, What);
        var root = fields.Object(document.RootElement, "the policy");
        RefuseUnknown(fields, root, RootFields, "the policy");
        CheckSchemaVersion(fields, root);

        var metrics = new Dictionary<string, MetricPolicy>(StringComparer.Ordinal);
        if (root.TryGetProperty("metrics", out var metricsElement))
        {
            foreach (var metric in fields.Object(metricsElement, "metrics").EnumerateObject())
            {
                metrics[metric.Name] = ReadMetric(fields, metric.Value, $"metrics.{metric.Name}");
            }
        }

        var defaults = root.TryGetProperty("defaults", out var defaultsElement)
            ? ReadMetric(fields, defaultsElement, "defaults")
            : new MetricPolicy();
        var seed = fields.OptionalNumber(root, "seed", "the policy", int.MinValue, int.MaxValue);
        if (seed is { } s && s != Math.Floor(s))
        {
            throw fields.Invalid($"seed must be an integer but is {s.ToString(CultureInfo.InvariantCulture)}.");
        }

        return new CanaryPolicy
        {
            Confidence = fields.OptionalNumber(root, "confidence", "the policy", 0.5, 0.9999) ?? 0.95,
            Seed = seed is null ? CanaryPolicy.DefaultSeed : (int)seed.Value,
            BootstrapResamples = (int)(fields.OptionalNumber(root, "bootstrapResamples", "the policy", 100, 1e6) ?? 5000),
            BootstrapMaxCases = (int)(fields.OptionalNumber(root, "bootstrapMaxCases", "the policy", 0, int.MaxValue)
                ?? CanaryPolicy.DefaultBootstrapMaxCases),
            AllowMissingCases = fields.OptionalBool(root, "allowMissingCases", "the policy", false),
            Defaults = defaults,
            Metrics = metrics,
            SourcePath = sourceName,
        };
    }

    private static void CheckSchemaVersion(JsonFields fields, JsonElement root)
    {
        var value = fields.Required(root, "schemaVersion", "the policy");
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var version))
        {
            throw fields.Invalid($"schemaVersion must be an integer but is {JsonFields.Describe(value)}.");
        }

        if (version != CanaryPolicy.CurrentSchemaVersion)
        {
            throw fields.Fail(
                EvaluationProblemKind.UnknownSchemaVersion,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"policy schemaVersion {version} is not known; this ReleaseGate reads version " +
                    $"{CanaryPolicy.CurrentSchemaVersion}. Write the policy in that version or update ReleaseGate."));
        }
    }

    private static MetricPolicy ReadMetric(JsonFields fields, JsonElement element, string location)
    {
        fields.Object(element, location);
        RefuseUnknown(fields, element, MetricFields, location);
        var policy = new MetricPolicy
        {
            Minimum = fields.OptionalNumber(element, "minimum", location, double.MinValue, double.MaxValue),
            Maximum = fields.OptionalNumber(element, "maximum", location, double.MinValue, double.MaxValue),
            MaxRegression = fields.OptionalNumber(element, "maxRegression", location, 0, double.MaxValue),
            PassThreshold = fields.OptionalNumber(element, "passThreshold", location, double.MinValue, double.MaxValue),
        };
        if (policy.Minimum > policy.Maximum)
        {
            throw fields.Invalid($"{location}.minimum is above {location}.maximum; no candidate could pass.");
        }

        return policy;
    }

    private static void RefuseUnknown(JsonFields fields, JsonElement element, string[] known, string location)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw fields.Invalid(
                    $"{location} has an unknown field \"{property.Name}\"; the known ones are " +
                    $"{string.Join(", ", known)}. Fix the spelling or remove it.");
            }
        }
    }
}
