namespace ReleaseGate.Evaluation;

/// <summary>The part an input file plays in an evaluation, so a problem can say which file it is about.</summary>
public enum EvaluationFileRole
{
    /// <summary>The role is not known to the reader that found the problem.</summary>
    Unknown = 0,

    /// <summary>The baseline score report: what is live now.</summary>
    Baseline = 1,

    /// <summary>The candidate score report: the build being judged.</summary>
    Candidate = 2,

    /// <summary>The canary policy file.</summary>
    Policy = 3,

    /// <summary>The reviewed accepted-regressions file.</summary>
    AcceptedRegressions = 4,

    /// <summary>An eval set (JSON Lines).</summary>
    EvalSet = 5,
}
