using System.Diagnostics.CodeAnalysis;
using ReleaseGate.Evaluation;

namespace ReleaseGate.Releases;

/// <summary>Either a decision or the one problem that prevented it: never both, never neither.</summary>
public sealed class CanaryOutcome
{
    private CanaryOutcome(CanaryDecision? decision, EvaluationProblem? problem)
    {
        Decision = decision;
        Problem = problem;
    }

    /// <summary>The decision, when the inputs were valid.</summary>
    public CanaryDecision? Decision { get; }

    /// <summary>The problem with the inputs, when there was one; its kind and role are stable.</summary>
    public EvaluationProblem? Problem { get; }

    /// <summary>Whether the inputs were valid and <see cref="Decision"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Decision))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Decision is not null;

    /// <summary>An outcome holding a decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The outcome.</returns>
    public static CanaryOutcome Decided(CanaryDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new CanaryOutcome(decision, null);
    }

    /// <summary>An outcome holding the problem that prevented a decision.</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The outcome.</returns>
    public static CanaryOutcome Failed(EvaluationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new CanaryOutcome(null, problem);
    }
}
