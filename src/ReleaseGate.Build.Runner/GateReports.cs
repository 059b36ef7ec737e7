using ReleaseGate.Releases;

namespace ReleaseGate.Build.Runner;

/// <summary>The files a gate run leaves in the report directory: the JSON decision record.</summary>
internal sealed class GateReports(RunnerOptions options)
{
    public string DecisionPath => Path.Combine(options.ReportDirectory, GateRun.DecisionFileName);

    public void Write(CanaryDecision? decision, IReadOnlyList<GateError> errors) =>
        DecisionRecord.Write(DecisionPath, options, decision, errors);
}
