using System.CommandLine;
using ReleaseGate.Build.Runner;

var baseline = new Option<string>("--baseline") { Required = true };
var candidate = new Option<string>("--candidate") { Required = true };
var reportDirectory = new Option<string>("--report-directory") { Required = true };
var policy = new Option<string?>("--policy");
var accepted = new Option<string?>("--accepted-regressions");
var minScore = new Option<string?>("--min-score");
var maxRegression = new Option<string?>("--max-regression");
var confidence = new Option<string?>("--confidence");
var stepSummary = new Option<string?>("--step-summary");
var promote = new Option<bool>("--promote");

var root = new RootCommand("Compares a candidate score report with the baseline for the ReleaseGate build gate.")
{
    baseline, candidate, reportDirectory, policy, accepted, minScore, maxRegression, confidence, stepSummary, promote,
};

root.SetAction(parsed =>
{
    var options = new RunnerOptions
    {
        Baseline = parsed.GetRequiredValue(baseline),
        Candidate = parsed.GetRequiredValue(candidate),
        ReportDirectory = parsed.GetRequiredValue(reportDirectory),
        Policy = parsed.GetValue(policy),
        AcceptedRegressions = parsed.GetValue(accepted),
        MinScore = parsed.GetValue(minScore),
        MaxRegression = parsed.GetValue(maxRegression),
        Confidence = parsed.GetValue(confidence),
        StepSummary = parsed.GetValue(stepSummary),
        Promote = parsed.GetValue(promote),
    };
    return new GateRun(options, new GateOutput(Console.Out)).Execute();
});

return root.Parse(args).Invoke();
