using ReleaseGate.Indexing;

namespace SupportAssistant;

/// <summary>
/// The degraded variant's chunker: each paragraph chunk is cut to its first sentence, so everything after it is
/// never embedded. It is a plausible "make the index smaller" change that hurts retrieval.
/// </summary>
internal sealed class FirstSentenceChunker : ITextChunker
{
    private readonly ParagraphChunker _paragraphs = new();

    public string Settings => "first-sentence/" + _paragraphs.Settings;

    public IReadOnlyList<string> Split(string text) => _paragraphs.Split(text).Select(FirstSentence).ToList();

    private static string FirstSentence(string chunk)
    {
        var end = chunk.IndexOfAny(['.', '?', '!']);
        return end < 0 ? chunk : chunk[..(end + 1)];
    }
}
