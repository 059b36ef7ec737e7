namespace ReleaseGate.Build.Runner;

/// <summary>One coded error the runner reports to the build and records in the decision file.</summary>
internal sealed record GateError(string Code, string File, string Message);
