using ReleaseGate.Build.Runner;

// Compares a candidate score report with the baseline for the ReleaseGate build gate; run by the
// CompareWithBaseline task, which reads the ##releasegate lines this prints.
var timer = new PhaseTimer();
RunnerOptions options;
try
{
    options = RunnerArguments.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"ReleaseGate.Build.Runner: {ex.Message}");
    return 2;
}

return new GateRun(options, new GateOutput(Console.Out), timer).Execute();
