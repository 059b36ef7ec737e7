namespace ReleaseGate.Evaluation;

/// <summary>The scores one case received, per metric, in a score report.</summary>
public sealed class CaseScores
{
    /// <summary>Creates the scores of a case.</summary>
    /// <param name="id">The case id, unique within the report.</param>
    /// <param name="scores">The score per metric name.</param>
    /// <param name="tags">The case's tags (for example <c>critical</c>), copied from the eval set.</param>
    /// <param name="weight">The case's weight in every mean; 1 unless the eval set says otherwise.</param>
    public CaseScores(
        string id,
        IReadOnlyDictionary<string, double> scores,
        IReadOnlyList<string>? tags = null,
        double weight = 1.0)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(scores);
        Id = id;
        Scores = scores;
        Tags = tags ?? [];
        Weight = weight;
    }

    /// <summary>The tag that marks a case whose regression rejects a candidate on its own.</summary>
    public const string CriticalTag = "critical";

    /// <summary>The case id, unique within the report.</summary>
    public string Id { get; }

    /// <summary>The score per metric name.</summary>
    public IReadOnlyDictionary<string, double> Scores { get; }

    /// <summary>The case's tags, copied from the eval set.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The case's weight in every mean.</summary>
    public double Weight { get; }

    /// <summary>Whether the case carries the <see cref="CriticalTag"/> tag (compared without case).</summary>
    public bool IsCritical => Tags.Any(t => string.Equals(t, CriticalTag, StringComparison.OrdinalIgnoreCase));
}
