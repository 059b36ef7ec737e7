namespace ReleaseGate.Privacy.Corpus;

/// <summary>Counts for one kind, and the precision and recall they give.</summary>
public sealed record KindScore(string Kind, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int Labelled => TruePositives + FalseNegatives;

    public double Precision =>
        TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => Labelled == 0 ? 1 : (double)TruePositives / Labelled;
}
