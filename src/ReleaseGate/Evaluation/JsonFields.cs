using System.Globalization;
using System.Text.Json;

namespace ReleaseGate.Evaluation;

/// <summary>
/// Reads typed fields out of a parsed input file; every missing or wrong value becomes a problem that names the
/// file, the place in it, the value and what to do.
/// </summary>
internal sealed class JsonFields
{
    private readonly long? _line;

    public JsonFields(string path, string what, long? line = null)
    {
        Path = path;
        What = what;
        _line = line;
    }

    public string Path { get; }

    public string What { get; }

    public EvaluationException Fail(
        EvaluationProblemKind kind, string detail, string? caseId = null, string? metric = null)
    {
        var where = _line is null ? Path : $"{Path}({_line})";
        var problem = new EvaluationProblem(kind, Path, $"{where}: {detail}")
        {
            CaseId = caseId,
            Metric = metric,
            Line = _line,
        };
        return new EvaluationException(problem);
    }

    public EvaluationException Invalid(string detail) => Fail(EvaluationProblemKind.InvalidValue, detail);

    public JsonElement Object(JsonElement value, string location)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Invalid($"{location} must be a JSON object but is {Describe(value)}. Fix the {What}.");
        }

        return value;
    }

    public JsonElement Array(JsonElement value, string location)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Invalid($"{location} must be a JSON array but is {Describe(value)}. Fix the {What}.");
        }

        return value;
    }

    public JsonElement Required(JsonElement parent, string name, string location)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw Invalid($"{location} has no \"{name}\" field; it is required. Add it to the {What}.");
        }

        return value;
    }

    public string RequiredString(JsonElement parent, string name, string location)
    {
        var value = Required(parent, name, location);
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Invalid($"{location}.{name} must be a non-empty string but is {Describe(value)}. Fix the {What}.");
        }

        return text;
    }

    public string? OptionalString(JsonElement parent, string name, string location) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? RequiredString(parent, name, location)
            : null;

    public bool OptionalBool(JsonElement parent, string name, string location, bool fallback)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Invalid($"{location}.{name} must be true or false but is {Describe(value)}. Fix the {What}."),
        };
    }

    public double? OptionalNumber(JsonElement parent, string name, string location, double min, double max)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number)
            || !double.IsFinite(number) || number < min || number > max)
        {
            var range = string.Create(CultureInfo.InvariantCulture, $"{min} to {max}");
            throw Invalid($"{location}.{name} must be a number from {range} but is {Describe(value)}. " +
                          $"Fix the {What}.");
        }

        return number;
    }

    public double Weight(JsonElement parent, string location) =>
        OptionalNumber(parent, "weight", location, double.Epsilon, double.MaxValue) ?? 1.0;

    public IReadOnlyList<string> Tags(JsonElement parent, string location)
    {
        if (!parent.TryGetProperty("tags", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        var tags = new List<string>();
        foreach (var tag in Array(value, $"{location}.tags").EnumerateArray())
        {
            if (tag.ValueKind != JsonValueKind.String)
            {
                throw Invalid($"{location}.tags must hold strings but holds {Describe(tag)}. Fix the {What}.");
            }

            tags.Add(tag.GetString()!);
        }

        return tags;
    }

    /// <summary>A finite score; <paramref name="location"/> is the scores object, the metric is appended to it.</summary>
    public double Score(JsonElement value, string location, string caseId, string metric)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var score) && double.IsFinite(score))
        {
            return score;
        }

        throw Fail(
            EvaluationProblemKind.NonFiniteScore,
            $"case \"{caseId}\" has {Describe(value)} for metric \"{metric}\" ({location}.{metric}); " +
            "every score must be a finite number. Fix the scorer that produced it and run the evaluation again.",
            caseId,
            metric);
    }

    public static string Describe(JsonElement value)
    {
        var text = value.GetRawText();
        if (text.Length > 40)
        {
            text = text[..40] + "...";
        }

        return value.ValueKind switch
        {
            JsonValueKind.Null => "null",
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => text,
        };
    }
}
