using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ReleaseGate.Privacy;
using ReleaseGate.Privacy.Corpus;

// Single-thread throughput of PiiRedactor.Find on prose without PII, on PII-dense text and on adversarial input,
// each next to the floor: one IndexOfAny pass over the same text for two characters it does not hold, which only
// reads the text.
var root = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
var passages = File.ReadLines(Path.Combine(root, "../shared/corpora/xquad-en/passages.jsonl"))
    .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!);
var prose = Repeat(string.Join("\n", passages), 32 << 20);
var corpus = new PiiCorpusGenerator().Generate(800);
var dense = Repeat(string.Join("\n", corpus.Select(l => l.Text)), 16 << 20);

Console.WriteLine($"load average (1, 5, 15 min): {LoadAverage()}");
Console.WriteLine($"prose without PII: findings in one pass = {PiiRedactor.Default.Find(prose).Count}");
Console.WriteLine($"{"input",-22} {"size",11}  {"time",12}  {"throughput",14}  {"floor",9}  engine/floor");
Report("prose without PII", prose);
Report("PII-dense corpus", dense);
var random = new Random(7);
const string alphabet = "0123456789-. @:+()/";
var adversarial = new string(Enumerable.Range(0, 10 << 20).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
foreach (var mb in new[] { 1, 2, 5, 10 })
{
    Report($"adversarial {mb} MB", adversarial[..(mb << 20)]);
}

// The same line-level scoring compare.mjs applies to redact-pii, so the two tables read side by side.
var tally = new AccuracyTally();
var changedClean = 0;
foreach (var line in corpus)
{
    var result = PiiRedactor.Default.RedactWithFindings(line.Text);
    var kinds = result.Findings.Select(f => f.Kind.ToTagName()).Distinct().ToList();
    var removed = line.Kind is null || !result.Text.Contains(line.Text.Substring(line.Start, line.Length));
    tally.AddLine(line, kinds, removed);
    changedClean += line.Kind is null && result.Text != line.Text ? 1 : 0;
}

Console.WriteLine();
Console.Write(tally.Format("ReleaseGate on the corpus (line-level scoring, as compare.mjs scores redact-pii)"));
Console.WriteLine($"lines without PII changed: {changedClean}/{corpus.Count(l => l.Kind is null)}");

Directory.CreateDirectory(Path.Combine(root, "artifacts"));
File.WriteAllLines(Path.Combine(root, "artifacts/pii-corpus.jsonl"),
    corpus.Select(l => JsonSerializer.Serialize(new { text = l.Text, kind = l.Kind, start = l.Start, length = l.Length })));
File.WriteAllText(Path.Combine(root, "artifacts/pii-prose.txt"), prose[..(256 << 10)]);

static void Report(string name, string text)
{
    PiiRedactor.Default.Find(text[..Math.Min(text.Length, 1 << 20)]);
    var best = Best(() => PiiRedactor.Default.Find(text).Count);
    var floor = Best(() => text.AsSpan().IndexOfAny('\u0001', '\u0002'));
    var mb = Encoding.UTF8.GetByteCount(text) / 1e6;
    Console.WriteLine(
        $"{name,-22} {mb,8:0.0} MB  {best * 1000,9:0.0} ms  {mb / best,9:0.0} MB/s  {floor * 1000,6:0.0} ms  {best / floor,8:0.0}x");
}

static double Best(Func<int> run)
{
    var best = double.MaxValue;
    for (var k = 0; k < 5; k++)
    {
        var watch = Stopwatch.StartNew();
        run();
        best = Math.Min(best, watch.Elapsed.TotalSeconds);
    }

    return best;
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "unknown";

static string Repeat(string text, int length)
{
    var builder = new StringBuilder(length + text.Length);
    while (builder.Length < length)
    {
        builder.Append(text).Append('\n');
    }

    return builder.ToString(0, length);
}
