using System.Text.Json;

namespace ReleaseGate.Evaluation;

/// <summary>One case of an eval set: what to ask and what a good answer is.</summary>
public sealed class EvalCase
{
    /// <summary>Creates a case.</summary>
    /// <param name="id">The case id, unique within the set.</param>
    /// <param name="input">The input given to the function under test (a string or an object).</param>
    /// <param name="expected">The expectation scorers compare with (a string or an object).</param>
    /// <param name="tags">Tags, for example <c>critical</c>; copied into the score report.</param>
    /// <param name="weight">The case's weight in every mean.</param>
    public EvalCase(
        string id,
        JsonElement input,
        JsonElement expected,
        IReadOnlyList<string>? tags = null,
        double weight = 1.0)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Id = id;
        Input = input;
        Expected = expected;
        Tags = tags ?? [];
        Weight = weight;
    }

    /// <summary>The case id, unique within the set.</summary>
    public string Id { get; }

    /// <summary>The input given to the function under test (a string or an object).</summary>
    public JsonElement Input { get; }

    /// <summary>The expectation scorers compare with (a string or an object).</summary>
    public JsonElement Expected { get; }

    /// <summary>Tags, copied into the score report.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The case's weight in every mean.</summary>
    public double Weight { get; }

    /// <summary>The input as text: the string itself, or the JSON of an object.</summary>
    public string InputText => AsText(Input);

    /// <summary>The expectation as text: the string itself, or the JSON of an object.</summary>
    public string ExpectedText => AsText(Expected);

    private static string AsText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
