using System.Text.Json;

namespace ReleaseGate.Evaluation;

/// <summary>
/// Reads eval sets: JSON Lines, one case per line (see <c>docs/formats/eval-set.md</c>). Blank lines are
/// skipped; anything else that is not a valid case is an <see cref="EvaluationException"/> naming the line.
/// </summary>
public static class EvalSetReader
{
    private const string What = "eval set";

    /// <summary>Reads and validates an eval set file.</summary>
    /// <param name="path">The <c>.jsonl</c> file.</param>
    /// <returns>The cases, in file order.</returns>
    /// <exception cref="EvaluationException">The file is missing, empty, or a line is not a valid case.</exception>
    public static IReadOnlyList<EvalCase> Read(string path)
    {
        var bytes = JsonInputFile.ReadNonEmpty(path, What);
        return Parse(bytes, path);
    }

    /// <summary>Parses and validates an eval set held in memory.</summary>
    /// <param name="jsonLines">The UTF-8 JSON Lines text.</param>
    /// <param name="sourceName">The name used in problems (usually the file path).</param>
    /// <returns>The cases, in order.</returns>
    /// <exception cref="EvaluationException">A line is not a valid case, or there is none.</exception>
    public static IReadOnlyList<EvalCase> Parse(ReadOnlyMemory<byte> jsonLines, string sourceName)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        var cases = new List<EvalCase>();
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        long lineNumber = 0;
        var rest = jsonLines;
        while (!rest.IsEmpty)
        {
            var end = rest.Span.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? ReadOnlyMemory<byte>.Empty : rest[(end + 1)..];
            lineNumber++;
            if (IsBlank(line.Span))
            {
                continue;
            }

            var parsed = ParseLine(line, sourceName, lineNumber);
            if (lines.TryGetValue(parsed.Id, out var first))
            {
                throw new JsonFields(sourceName, What, lineNumber).Fail(
                    EvaluationProblemKind.DuplicateCaseId,
                    $"case id \"{parsed.Id}\" was already used on line {first}; case ids must be unique.",
                    parsed.Id);
            }

            lines[parsed.Id] = lineNumber;
            cases.Add(parsed);
        }

        if (cases.Count == 0)
        {
            throw new EvaluationException(new EvaluationProblem(
                EvaluationProblemKind.FileEmpty,
                sourceName,
                $"{sourceName}: the eval set holds no cases. Add one JSON object per line."));
        }

        return cases;
    }

    private static EvalCase ParseLine(ReadOnlyMemory<byte> line, string sourceName, long lineNumber)
    {
        using var document = JsonInputFile.Parse(sourceName, line, What, lineNumber - 1);
        var fields = new JsonFields(sourceName, What, lineNumber);
        var item = fields.Object(document.RootElement, "the line");
        var id = fields.RequiredString(item, "id", "the case");
        var input = fields.Required(item, "input", $"case \"{id}\"").Clone();
        var expected = fields.Required(item, "expected", $"case \"{id}\"").Clone();
        if (expected.ValueKind is not (JsonValueKind.String or JsonValueKind.Object or JsonValueKind.Array))
        {
            throw fields.Invalid(
                $"case \"{id}\" has expected {JsonFields.Describe(expected)}; it must be a string or an object.");
        }

        var location = $"case \"{id}\"";
        return new EvalCase(id, input, expected, fields.Tags(item, location), fields.Weight(item, location));
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }
}
