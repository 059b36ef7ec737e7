namespace ReleaseGate.Evaluation;

/// <summary>
/// Runs a function under test over an eval set and scores every output, producing a score report whose cases
/// keep the eval set's ids, tags and weights.
/// </summary>
public sealed class EvaluationRunner
{
    private readonly IReadOnlyList<IScorer> _scorers;

    /// <summary>Creates a runner.</summary>
    /// <param name="scorers">The scorers; their metric names must differ.</param>
    public EvaluationRunner(IEnumerable<IScorer> scorers)
    {
        ArgumentNullException.ThrowIfNull(scorers);
        _scorers = scorers.ToList();
        if (_scorers.Count == 0)
        {
            throw new ArgumentException("At least one scorer is needed.", nameof(scorers));
        }

        var duplicate = _scorers.GroupBy(s => s.Metric.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two scorers fill metric \"{duplicate.Key}\"; name one differently.", nameof(scorers));
        }
    }

    /// <summary>How many cases run at once; 1 by default.</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>Runs every case and scores it.</summary>
    /// <param name="cases">The eval set.</param>
    /// <param name="target">The function under test.</param>
    /// <param name="build">The build being evaluated.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The score report, cases in eval set order.</returns>
    /// <exception cref="InvalidOperationException">The function under test threw, or a scorer returned a non-finite score.</exception>
    public async Task<ScoreReport> RunAsync(
        IReadOnlyList<EvalCase> cases,
        Func<EvalCase, CancellationToken, ValueTask<EvalOutput>> target,
        BuildInfo build,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(build);

        var results = new CaseScores[cases.Count];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, MaxDegreeOfParallelism),
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, cases.Count), options, async (index, token) =>
        {
            var evalCase = cases[index];
            EvalOutput output;
            try
            {
                output = await target(evalCase, token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new InvalidOperationException(
                    $"Case \"{evalCase.Id}\": the function under test threw {ex.GetType().Name}: {ex.Message}. " +
                    "Fix it, or return an output that scores as a failure.",
                    ex);
            }

            results[index] = new CaseScores(evalCase.Id, Score(evalCase, output), evalCase.Tags, evalCase.Weight);
        }).ConfigureAwait(false);

        return new ScoreReport(build, _scorers.Select(s => s.Metric).ToList(), results);
    }

    private Dictionary<string, double> Score(EvalCase evalCase, EvalOutput output)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var scorer in _scorers)
        {
            var score = scorer.Score(evalCase, output);
            if (!double.IsFinite(score))
            {
                throw new InvalidOperationException(
                    $"Case \"{evalCase.Id}\": scorer {scorer.GetType().Name} returned {score} for " +
                    $"\"{scorer.Metric.Name}\"; a score must be finite. Fix the scorer.");
            }

            scores[scorer.Metric.Name] = score;
        }

        return scores;
    }
}
