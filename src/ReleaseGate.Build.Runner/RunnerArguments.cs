namespace ReleaseGate.Build.Runner;

/// <summary>
/// Reads the runner's command line, which only the CompareWithBaseline task writes: <c>--name value</c> pairs and
/// the <c>--promote</c> switch.
/// </summary>
/// <remarks>
/// Not a user-facing command line, so it needs no help text or completion. A general parser would be compiled
/// method by method on every gated build (about 190 methods, a large share of the runner's start), which is time
/// added to every publish.
/// </remarks>
internal static class RunnerArguments
{
    private static readonly string[] Names =
    [
        "--baseline", "--candidate", "--report-directory", "--policy", "--accepted-regressions", "--min-score",
        "--max-regression", "--confidence", "--step-summary",
    ];

    /// <summary>Parses the arguments; an unknown, repeated or incomplete one is an <see cref="ArgumentException"/>.</summary>
    public static RunnerOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var promote = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--promote")
            {
                promote = true;
                continue;
            }

            if (Array.IndexOf(Names, name) < 0)
            {
                throw new ArgumentException($"Unknown argument '{name}'.");
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value.");
            }

            if (!values.TryAdd(name, args[++i]))
            {
                throw new ArgumentException($"{name} is given twice.");
            }
        }

        return new RunnerOptions
        {
            Baseline = Required(values, "--baseline"),
            Candidate = Required(values, "--candidate"),
            ReportDirectory = Required(values, "--report-directory"),
            Policy = values.GetValueOrDefault("--policy"),
            AcceptedRegressions = values.GetValueOrDefault("--accepted-regressions"),
            MinScore = values.GetValueOrDefault("--min-score"),
            MaxRegression = values.GetValueOrDefault("--max-regression"),
            Confidence = values.GetValueOrDefault("--confidence"),
            StepSummary = values.GetValueOrDefault("--step-summary"),
            Promote = promote,
        };
    }

    private static string Required(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new ArgumentException($"{name} is required.");
}
