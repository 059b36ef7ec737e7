using ReleaseGate.Privacy;
using ReleaseGate.Privacy.Corpus;
using Xunit.Abstractions;

namespace ReleaseGate.Tests.Privacy;

public sealed class AccuracyEvaluationTests(ITestOutputHelper output)
{
    private const int SpansPerKind = 800;

    [Fact]
    public void Meets_the_precision_and_recall_goals_for_every_kind_on_the_generated_corpus()
    {
        var corpus = new PiiCorpusGenerator().Generate(SpansPerKind);
        var tally = new AccuracyTally();

        foreach (var line in corpus)
        {
            var findings = PiiRedactor.Default.Find(line.Text);
            tally.AddSpans(line, findings.Select(f => (f.Kind.ToTagName(), f.Start, f.Length)));
        }

        var labelled = corpus.Count(l => l.Kind is not null);
        var negatives = corpus.Count(l => l.Category == CorpusLine.HardNegative);
        output.WriteLine(tally.Format($"{labelled} labelled spans, {negatives} hard negatives, {corpus.Count} lines"));
        Assert.True(labelled >= 5000 && negatives >= labelled);
        Assert.All(tally.Scores, score =>
        {
            Assert.True(score.Recall >= 0.99, $"{score.Kind} recall {score.Recall:0.0000}");
            Assert.True(score.Precision >= 0.98, $"{score.Kind} precision {score.Precision:0.0000}");
        });
    }
}
