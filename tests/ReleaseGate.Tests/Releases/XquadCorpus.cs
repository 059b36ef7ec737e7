using System.Text.Json;
using ReleaseGate.Evaluation;
using ReleaseGate.Indexing;

namespace ReleaseGate.Tests.Releases;

/// <summary>The English XQuAD passages and questions from the shared corpora, as index documents and an eval set.</summary>
internal static class XquadCorpus
{
    public static string Folder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReleaseGate.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.Parent?.FullName ?? throw new DirectoryNotFoundException("ReleaseGate.sln not found"),
                "shared", "corpora", "xquad-en");
        }
    }

    public static IReadOnlyList<SourceDocument> Passages(Func<string, string> shape) =>
        File.ReadLines(Path.Combine(Folder, "passages.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(p => new SourceDocument(p.GetProperty("passage_id").GetString()!, shape(p.GetProperty("text").GetString()!)))
            .ToList();

    public static IReadOnlyList<EvalCase> Questions() =>
        File.ReadLines(Path.Combine(Folder, "questions.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(q => new EvalCase(
                q.GetProperty("question_id").GetString()!,
                q.GetProperty("question").Clone(),
                JsonSerializer.SerializeToElement(new
                {
                    answer = q.GetProperty("answer").GetString(),
                    relevant = new[] { q.GetProperty("passage_id").GetString() },
                })))
            .ToList();

    /// <summary>The deliberately degraded pipeline: each passage keeps only its first sentence.</summary>
    public static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    public sealed class ListSource(IReadOnlyList<SourceDocument> documents) : IDocumentSource
    {
        public string Description => "xquad-en passages";

        public async IAsyncEnumerable<SourceDocument> ReadAllAsync(
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var document in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return document;
            }

            await Task.CompletedTask;
        }
    }
}
