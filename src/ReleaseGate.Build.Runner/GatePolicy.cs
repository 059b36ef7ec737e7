using System.Globalization;
using ReleaseGate.Evaluation;
using ReleaseGate.Releases;

namespace ReleaseGate.Build.Runner;

/// <summary>
/// The policy the gate decides with: the policy file if one is given, then the ReleaseGateMinScore,
/// ReleaseGateMaxRegression and ReleaseGateConfidence shortcuts on top of its defaults.
/// </summary>
internal static class GatePolicy
{
    public static CanaryPolicy Load(RunnerOptions options)
    {
        var policy = string.IsNullOrEmpty(options.Policy)
            ? new CanaryPolicy()
            : CanaryPolicyReader.Read(options.Policy);
        var minimum = Number(options.MinScore, "ReleaseGateMinScore", "Use a number such as 0.8.", _ => true);
        var maxRegression = Number(
            options.MaxRegression,
            "ReleaseGateMaxRegression",
            "Use a number of 0 or more, in the metric's units, such as 0.02.",
            value => value >= 0);
        var confidence = Number(
            options.Confidence,
            "ReleaseGateConfidence",
            "Use a level between 0 and 1 such as 0.95.",
            value => value is > 0 and < 1);
        if (minimum is null && maxRegression is null && confidence is null)
        {
            return policy;
        }

        var defaults = new MetricPolicy
        {
            Minimum = minimum ?? policy.Defaults.Minimum,
            Maximum = policy.Defaults.Maximum,
            MaxRegression = maxRegression ?? policy.Defaults.MaxRegression,
            PassThreshold = policy.Defaults.PassThreshold,
        };
        return new CanaryPolicy
        {
            Confidence = confidence ?? policy.Confidence,
            Seed = policy.Seed,
            BootstrapResamples = policy.BootstrapResamples,
            BootstrapMaxCases = policy.BootstrapMaxCases,
            AllowMissingCases = policy.AllowMissingCases,
            Defaults = defaults,
            Metrics = policy.Metrics,
            SourcePath = policy.SourcePath,
        };
    }

    private static double? Number(string? text, string property, string expected, Func<double, bool> isValid)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) && isValid(value))
        {
            return value;
        }

        throw new EvaluationException(new EvaluationProblem(
            EvaluationProblemKind.InvalidValue,
            null,
            $"{property} '{text}' is not a valid value. {expected} Fix the property in the project file.")
        {
            Role = EvaluationFileRole.Policy,
        });
    }
}
