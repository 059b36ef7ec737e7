namespace ReleaseGate.Evaluation;

/// <summary>One reason an evaluation input was refused: the file, what is wrong, and what to do.</summary>
public sealed class EvaluationProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="kind">The stable kind of problem.</param>
    /// <param name="filePath">The file the problem is in, or <see langword="null"/> for in-memory input.</param>
    /// <param name="message">A sentence naming the file, the value and what to do.</param>
    public EvaluationProblem(EvaluationProblemKind kind, string? filePath, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        Kind = kind;
        FilePath = filePath;
        Message = message;
    }

    /// <summary>The stable kind of problem.</summary>
    public EvaluationProblemKind Kind { get; }

    /// <summary>The file the problem is in, or <see langword="null"/> for in-memory input.</summary>
    public string? FilePath { get; }

    /// <summary>A sentence naming the file, the value and what to do.</summary>
    public string Message { get; }

    /// <summary>The role of the file, when the caller that loaded it knew it.</summary>
    public EvaluationFileRole Role { get; init; }

    /// <summary>The case the problem is about, if it is about one.</summary>
    public string? CaseId { get; init; }

    /// <summary>The metric the problem is about, if it is about one.</summary>
    public string? Metric { get; init; }

    /// <summary>The 1-based line in the file, when known.</summary>
    public long? Line { get; init; }

    /// <summary>Returns a copy of this problem stamped with the role of its file.</summary>
    /// <param name="role">The role of the file.</param>
    /// <returns>The copy.</returns>
    public EvaluationProblem WithRole(EvaluationFileRole role) =>
        new(Kind, FilePath, Message) { Role = role, CaseId = CaseId, Metric = Metric, Line = Line };

    /// <inheritdoc />
    public override string ToString() => Message;
}
