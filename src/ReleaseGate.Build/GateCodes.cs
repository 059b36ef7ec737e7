namespace ReleaseGate.Build;

/// <summary>
/// The build gate's error codes (<c>RG2xxx</c>). Each has a page under <c>docs/errors/</c> with its cause and fix.
/// The runner compiles this file too, so the task and the runner cannot disagree on a code.
/// </summary>
internal static class GateCodes
{
    public const string BaselineMissing = "RG2001";
    public const string BaselineEmpty = "RG2002";
    public const string BaselineInvalid = "RG2003";

    public const string EvalCommandFailed = "RG2010";
    public const string EvalCommandTimedOut = "RG2011";
    public const string CandidateReportMissing = "RG2012";
    public const string CandidateReportInvalid = "RG2013";

    public const string ScoreNotFinite = "RG2020";
    public const string CaseSetMismatch = "RG2021";

    public const string Regression = "RG2030";

    public const string PolicyInvalid = "RG2040";
    public const string AcceptedRegressionsInvalid = "RG2041";
    public const string SettingInvalid = "RG2042";

    public const string PromoteFailed = "RG2050";
    public const string ReportWriteFailed = "RG2051";

    public const string RunnerFailed = "RG2090";
}
