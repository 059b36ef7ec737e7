using System.Text.Json;

namespace ReleaseGate.Evaluation;

/// <summary>
/// Reads what scorers compare with out of a case's <c>expected</c> value. Text scorers accept a string, an array
/// of strings (any one may match), or an object with <c>answer</c> or <c>answers</c>; retrieval scorers accept a
/// string id, an array of ids, or an object with <c>relevant</c> (a string or an array).
/// </summary>
public static class Expectations
{
    /// <summary>The reference answers of a case.</summary>
    /// <param name="evalCase">The case.</param>
    /// <returns>At least one reference answer.</returns>
    /// <exception cref="EvaluationException">The expectation holds no answer.</exception>
    public static IReadOnlyList<string> Answers(EvalCase evalCase)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        return Strings(evalCase, evalCase.Expected, "answers", "answer");
    }

    /// <summary>The ids a retrieval counts as relevant for a case.</summary>
    /// <param name="evalCase">The case.</param>
    /// <returns>At least one relevant id.</returns>
    /// <exception cref="EvaluationException">The expectation holds no relevant id.</exception>
    public static IReadOnlyList<string> Relevant(EvalCase evalCase)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        return Strings(evalCase, evalCase.Expected, "relevant", "relevant");
    }

    private static List<string> Strings(EvalCase evalCase, JsonElement value, string plural, string singular)
    {
        var found = value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Array => value.EnumerateArray()
                .Where(v => v.ValueKind == JsonValueKind.String)
                .Select(v => v.GetString()!)
                .ToList(),
            JsonValueKind.Object when value.TryGetProperty(plural, out var inner) => Strings(evalCase, inner, plural, singular),
            JsonValueKind.Object when value.TryGetProperty(singular, out var inner) => Strings(evalCase, inner, plural, singular),
            _ => [],
        };
        if (found.Count == 0)
        {
            throw new EvaluationException(new EvaluationProblem(
                EvaluationProblemKind.InvalidValue,
                null,
                $"case \"{evalCase.Id}\": expected holds no \"{singular}\" to score against; give a string, an " +
                $"array of strings, or an object with \"{plural}\".")
            {
                CaseId = evalCase.Id,
                Role = EvaluationFileRole.EvalSet,
            });
        }

        return found;
    }
}
