using System.Text.Json.Nodes;
using ReleaseGate.Privacy;

namespace ReleaseGate.Cli.Privacy;

/// <summary>Findings as JSON: <c>{kind, start, end, rule}</c>, offsets in UTF-16 code units of the original.</summary>
internal static class FindingsJson
{
    public static JsonArray Array(IReadOnlyList<PiiFinding> findings)
    {
        var array = new JsonArray();
        foreach (var finding in findings)
        {
            array.Add(new JsonObject
            {
                ["kind"] = finding.Kind.ToTagName(),
                ["start"] = finding.Start,
                ["end"] = finding.End,
                ["rule"] = finding.RuleId,
            });
        }

        return array;
    }

    public static string Document(RedactionResult result) =>
        new JsonObject { ["text"] = result.Text, ["findings"] = Array(result.Findings) }.ToJsonString();
}
