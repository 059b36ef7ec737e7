using ReleaseGate.Evaluation;

namespace ReleaseGate.Build.Runner;

/// <summary>Maps a refused evaluation input to the gate's <c>RG2xxx</c> code for that file and problem.</summary>
internal static class ProblemCodes
{
    public static string For(EvaluationProblem problem, EvaluationFileRole role) => problem.Kind switch
    {
        EvaluationProblemKind.NonFiniteScore => GateCodes.ScoreNotFinite,
        EvaluationProblemKind.CaseSetMismatch or EvaluationProblemKind.MetricMissing => GateCodes.CaseSetMismatch,
        _ => ForFile(problem.Kind, role),
    };

    private static string ForFile(EvaluationProblemKind kind, EvaluationFileRole role) => role switch
    {
        EvaluationFileRole.Baseline => kind switch
        {
            EvaluationProblemKind.FileMissing => GateCodes.BaselineMissing,
            EvaluationProblemKind.FileEmpty => GateCodes.BaselineEmpty,
            _ => GateCodes.BaselineInvalid,
        },
        EvaluationFileRole.Candidate => kind == EvaluationProblemKind.FileMissing
            ? GateCodes.CandidateReportMissing
            : GateCodes.CandidateReportInvalid,
        EvaluationFileRole.Policy => GateCodes.PolicyInvalid,
        EvaluationFileRole.AcceptedRegressions => GateCodes.AcceptedRegressionsInvalid,
        _ => GateCodes.CandidateReportInvalid,
    };
}
