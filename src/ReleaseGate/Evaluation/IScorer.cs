namespace ReleaseGate.Evaluation;

/// <summary>Turns one case's output into a score on one metric.</summary>
public interface IScorer
{
    /// <summary>The metric this scorer fills in the score report.</summary>
    MetricDefinition Metric { get; }

    /// <summary>Scores one output against its case's expectation.</summary>
    /// <param name="evalCase">The case, with its expectation.</param>
    /// <param name="output">What the function under test produced.</param>
    /// <returns>A finite score.</returns>
    double Score(EvalCase evalCase, EvalOutput output);
}
