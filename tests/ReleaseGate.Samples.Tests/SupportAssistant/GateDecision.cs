using System.Text.Json;

namespace ReleaseGate.Samples.Tests.SupportAssistant;

/// <summary>The parts of the gate's decision record (canary-decision.json) the sample's tests check.</summary>
internal sealed record GateDecision(
    string Verdict, IReadOnlyDictionary<string, double> BaselineMeans, IReadOnlyDictionary<string, double> CandidateMeans)
{
    public static GateDecision Read(string reportDirectory)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(reportDirectory, "canary-decision.json")));
        var metrics = json.RootElement.GetProperty("metrics").EnumerateArray().ToList();
        return new GateDecision(
            json.RootElement.GetProperty("verdict").GetString()!,
            metrics.ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("baselineMean").GetDouble()),
            metrics.ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("candidateMean").GetDouble()));
    }
}
