using ReleaseGate.Evaluation;
using ReleaseGate.Releases;

namespace ReleaseGate.Build.Runner;

/// <summary>
/// One run of the gate: read both reports, the policy and the accepted regressions; decide with
/// <see cref="CanaryEvaluator"/>; write the reports; promote on a pass if asked. Every refused input is a coded
/// error; nothing passes by default.
/// </summary>
internal sealed class GateRun(RunnerOptions options, GateOutput output, PhaseTimer timer)
{
    private readonly List<GateError> _errors = [];

    public int Execute()
    {
        Directory.CreateDirectory(options.ReportDirectory);
        var decision = Decide();
        var reports = new GateReports(options);
        timer.Time("reports", () => Attempt(
            GateCodes.ReportWriteFailed, options.ReportDirectory, () => reports.Write(decision, _errors)));
        output.Info(timer.Describe());

        foreach (var error in _errors)
        {
            output.Error(error.Code, error.File, error.Message);
        }

        if (decision is null)
        {
            var codes = string.Join(", ", _errors.Select(e => e.Code).Distinct());
            output.Summary($"rejected: the inputs were refused ({codes}).");
            return 1;
        }

        if (!decision.Promoted)
        {
            foreach (var reason in decision.Reasons)
            {
                var message = $"{reason} (report: {reports.MarkdownPath})";
                output.Error(GateCodes.Regression, options.Candidate, message);
            }

            output.Summary($"rejected {Versions(decision)}. {decision.Summary}");
            return 1;
        }

        var promoted = options.Promote && PromoteBaseline();
        var promotion = promoted ? $", promoted to {options.Baseline}" : string.Empty;
        output.Summary($"passed {Versions(decision)}{promotion}. {decision.Summary}");
        return output.ErrorCount == 0 ? 0 : 1;
    }

    private CanaryDecision? Decide()
    {
        var candidate = timer.Time(
            "read candidate", () => Load(EvaluationFileRole.Candidate, () => ScoreReportReader.Read(options.Candidate)));
        var baseline = timer.Time(
            "read baseline", () => Load(EvaluationFileRole.Baseline, () => ScoreReportReader.Read(options.Baseline)));
        var metrics = candidate?.Metrics ?? baseline?.Metrics;
        var policy = Load(EvaluationFileRole.Policy, () => GatePolicy.Load(options, metrics));
        var accepted = string.IsNullOrEmpty(options.AcceptedRegressions)
            ? null
            : Load(
                EvaluationFileRole.AcceptedRegressions,
                () => AcceptedRegressionsFile.Read(options.AcceptedRegressions));
        if (_errors.Count > 0)
        {
            return null;
        }

        var evaluator = new CanaryEvaluator(policy);
        return timer.Time(
            "decide", () => Load(EvaluationFileRole.Unknown, () => evaluator.Evaluate(baseline!, candidate!, accepted)));
    }

    private static string Versions(CanaryDecision decision) =>
        $"{decision.CandidateVersion} against baseline {decision.BaselineVersion}";

    private T? Load<T>(EvaluationFileRole role, Func<T> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (EvaluationException ex)
        {
            var problem = ex.Problem;
            var effectiveRole = problem.Role == EvaluationFileRole.Unknown ? role : problem.Role;
            var code = ProblemCodes.For(problem, effectiveRole);
            _errors.Add(new GateError(code, problem.FilePath ?? string.Empty, Explain(code, problem.Message)));
            return null;
        }
    }

    private string Explain(string code, string message) => code switch
    {
        GateCodes.BaselineMissing or GateCodes.BaselineEmpty =>
            $"{message} To create the first baseline, review this build's candidate report and make it the " +
            $"baseline: copy {options.Candidate} to {options.Baseline} and commit it.",
        _ => message,
    };

    private bool PromoteBaseline() => Attempt(GateCodes.PromoteFailed, options.Baseline, () =>
    {
        var lastGood = BaselinePromotion.Promote(options.Baseline, options.Candidate);
        output.Info($"promoted: {options.Baseline} is now the candidate report; the previous baseline is {lastGood}.");
    });

    private bool Attempt(string code, string file, Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            output.Error(code, file, $"{file}: {ex.Message} Check that the folder exists and is writable.");
            return false;
        }
    }
}
