namespace ReleaseGate.Evaluation;

/// <summary>Thrown when an evaluation input is refused; <see cref="Problem"/> says which file and why.</summary>
public sealed class EvaluationException : Exception
{
    /// <summary>Creates the exception for a problem.</summary>
    /// <param name="problem">The problem found.</param>
    public EvaluationException(EvaluationProblem problem)
        : base(problem?.Message)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problem = problem;
    }

    /// <summary>Creates the exception for a problem found while handling another exception.</summary>
    /// <param name="problem">The problem found.</param>
    /// <param name="innerException">The exception that revealed it.</param>
    public EvaluationException(EvaluationProblem problem, Exception innerException)
        : base(problem?.Message, innerException)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problem = problem;
    }

    /// <summary>The problem found.</summary>
    public EvaluationProblem Problem { get; }
}
