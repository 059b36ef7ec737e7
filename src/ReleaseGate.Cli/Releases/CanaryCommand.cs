using System.CommandLine;
using ReleaseGate.Evaluation;
using ReleaseGate.Releases;

namespace ReleaseGate.Cli.Releases;

/// <summary><c>releasegate canary</c>: compare a candidate score report with a baseline and decide.</summary>
internal static class CanaryCommand
{
    public static Command Create()
    {
        var baseline = new Option<FileInfo>("--baseline") { Description = "The baseline score report.", Required = true };
        var candidate = new Option<FileInfo>("--candidate") { Description = "The candidate score report.", Required = true };
        var policy = new Option<FileInfo>("--policy") { Description = "A canary policy file." };
        var accepted = new Option<FileInfo>("--accepted-regressions")
        {
            Description = "A reviewed accepted-regressions file.",
        };
        var command = new Command("canary", "Compare a candidate score report with a baseline: exit 0 to promote, " +
                                            "1 to reject, 2 for bad input.")
        {
            baseline, candidate, policy, accepted,
        };
        var output = new DecisionOutput();
        output.AddTo(command);
        command.SetAction(parse =>
        {
            var outcome = CanaryEvaluator.EvaluateFiles(new CanaryFiles
            {
                BaselinePath = parse.GetValue(baseline)!.FullName,
                CandidatePath = parse.GetValue(candidate)!.FullName,
                PolicyPath = parse.GetValue(policy)?.FullName,
                AcceptedRegressionsPath = parse.GetValue(accepted)?.FullName,
            });
            return outcome.Succeeded
                ? output.Emit(parse, outcome.Decision)
                : DecisionOutput.Fail(parse, ReleaseGateErrorCodes.EvaluationInputInvalid, Describe(outcome.Problem));
        });
        return command;
    }

    private static string Describe(EvaluationProblem problem) =>
        problem.Role == EvaluationFileRole.Unknown ? problem.Message : $"{problem.Role}: {problem.Message}";
}
