namespace ReleaseGate.Evaluation;

/// <summary>What the function under test produced for one case: an answer, a ranking, or both.</summary>
public sealed class EvalOutput
{
    /// <summary>Creates an output.</summary>
    /// <param name="text">The answer text, for text scorers.</param>
    /// <param name="ranked">Ids of retrieved items, best first, for retrieval scorers.</param>
    public EvalOutput(string? text = null, IReadOnlyList<string>? ranked = null)
    {
        Text = text;
        Ranked = ranked ?? [];
    }

    /// <summary>The answer text, for text scorers.</summary>
    public string? Text { get; }

    /// <summary>Ids of retrieved items, best first, for retrieval scorers.</summary>
    public IReadOnlyList<string> Ranked { get; }
}
