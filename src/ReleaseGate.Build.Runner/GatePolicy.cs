using System.Globalization;
using ReleaseGate.Evaluation;
using ReleaseGate.Releases;

namespace ReleaseGate.Build.Runner;

/// <summary>
/// The policy the gate decides with: the policy file if one is given, then the ReleaseGateMinScore,
/// ReleaseGateMaxRegression and ReleaseGateConfidence shortcuts on top of its defaults.
/// </summary>
/// <remarks>
/// ReleaseGateMinScore is a floor, which means something only for a higher-is-better metric: it becomes the
/// minimum of each such metric that the policy file gives no minimum of its own. A lower-is-better metric (a
/// latency, an error rate) would be rejected by any floor above its good values, so the shortcut skips it.
/// </remarks>
internal static class GatePolicy
{
    /// <summary>Builds the policy; <paramref name="metrics"/> are the reports' metrics, or null if unread.</summary>
    public static CanaryPolicy Load(RunnerOptions options, IReadOnlyList<MetricDefinition>? metrics)
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
            Minimum = policy.Defaults.Minimum,
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
            Metrics = minimum is { } floor ? WithFloor(policy.Metrics, metrics ?? [], floor) : policy.Metrics,
            SourcePath = policy.SourcePath,
        };
    }

    private static Dictionary<string, MetricPolicy> WithFloor(
        IReadOnlyDictionary<string, MetricPolicy> own, IReadOnlyList<MetricDefinition> metrics, double floor)
    {
        var merged = new Dictionary<string, MetricPolicy>(own, StringComparer.Ordinal);
        foreach (var metric in metrics.Where(m => m.Direction == MetricDirection.Higher))
        {
            var rules = own.GetValueOrDefault(metric.Name);
            if (rules?.Minimum is null)
            {
                merged[metric.Name] = new MetricPolicy { Minimum = floor }.Over(rules);
            }
        }

        return merged;
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
