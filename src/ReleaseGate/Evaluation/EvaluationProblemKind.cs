namespace ReleaseGate.Evaluation;

/// <summary>
/// What is wrong with an evaluation input. The values are stable: callers may map each one to their own
/// error code, so a kind is never renumbered or reused.
/// </summary>
public enum EvaluationProblemKind
{
    /// <summary>The file does not exist or cannot be opened.</summary>
    FileMissing = 1,

    /// <summary>The file is empty, holds only whitespace, or holds no cases.</summary>
    FileEmpty = 2,

    /// <summary>The file is not valid JSON (or, for JSON Lines, a line is not).</summary>
    MalformedJson = 3,

    /// <summary>The file declares a schema version this library does not read.</summary>
    UnknownSchemaVersion = 4,

    /// <summary>A score is NaN, infinite, null or not a number.</summary>
    NonFiniteScore = 5,

    /// <summary>Two cases share an id.</summary>
    DuplicateCaseId = 6,

    /// <summary>A metric is declared on one side only, or a case has no score for a declared metric.</summary>
    MetricMissing = 7,

    /// <summary>The baseline holds cases the candidate does not, and the policy does not allow it.</summary>
    CaseSetMismatch = 8,

    /// <summary>A required field is missing or a value has the wrong type or is out of range.</summary>
    InvalidValue = 9,
}
