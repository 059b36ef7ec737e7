using System.Globalization;
using System.Text;

namespace ReleaseGate.Privacy.Corpus;

/// <summary>
/// Scores predictions against the corpus labels, per kind. <see cref="AddSpans"/> counts a hit only for the exact
/// span and kind; <see cref="AddLine"/> scores an engine that only returns redacted text: a hit when the value is
/// gone and the line carries a replacement of the right kind.
/// </summary>
public sealed class AccuracyTally
{
    private readonly Dictionary<string, int[]> _counts = PiiCorpusGenerator.Kinds.ToDictionary(k => k, _ => new int[3]);

    public void AddSpans(CorpusLine line, IEnumerable<(string Kind, int Start, int Length)> predictions)
    {
        var hit = false;
        foreach (var (kind, start, length) in predictions)
        {
            if (!hit && kind == line.Kind && start == line.Start && length == line.Length)
            {
                hit = true;
            }
            else
            {
                Count(kind, 1);
            }
        }

        if (line.Kind is not null)
        {
            Count(line.Kind, hit ? 0 : 2);
        }
    }

    public void AddLine(CorpusLine line, IReadOnlyCollection<string> predictedKinds, bool valueRemoved)
    {
        foreach (var kind in predictedKinds.Where(k => k != line.Kind))
        {
            Count(kind, 1);
        }

        if (line.Kind is not null)
        {
            Count(line.Kind, valueRemoved && predictedKinds.Contains(line.Kind) ? 0 : 2);
        }
    }

    public IReadOnlyList<KindScore> Scores =>
        _counts.Select(p => new KindScore(p.Key, p.Value[0], p.Value[1], p.Value[2])).ToList();

    public string Format(string title)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}");
        text.AppendLine("kind           labelled     TP     FP     FN  precision  recall");
        foreach (var s in Scores)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{s.Kind,-14} {s.Labelled,8} {s.TruePositives,6} {s.FalsePositives,6} {s.FalseNegatives,6}  {s.Precision,9:0.0000}  {s.Recall,6:0.0000}");
        }

        return text.ToString();
    }

    // Slot 0 counts true positives, 1 false positives, 2 false negatives.
    private void Count(string kind, int slot)
    {
        if (_counts.TryGetValue(kind, out var counts))
        {
            counts[slot]++;
        }
    }
}
