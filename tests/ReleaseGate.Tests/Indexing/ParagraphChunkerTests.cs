using ReleaseGate.Indexing;

namespace ReleaseGate.Tests.Indexing;

public sealed class ParagraphChunkerTests
{
    private static readonly string Text = string.Join(
        "\n\n",
        Enumerable.Range(0, 40).Select(i => $"Paragraph {i} " + string.Join(' ', Enumerable.Repeat($"word{i}", 10 + (i * 7 % 90)))));

    [Fact]
    public void No_chunk_exceeds_the_limit_and_every_paragraph_is_kept()
    {
        var chunker = new ParagraphChunker(300, 40);

        var chunks = chunker.Split(Text);

        Assert.All(chunks, c => Assert.InRange(c.Length, 1, 300));
        foreach (var word in Enumerable.Range(0, 40).Select(i => $"word{i}"))
        {
            Assert.Contains(chunks, c => c.Contains(word, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Each_chunk_starts_with_the_end_of_the_previous_one()
    {
        var chunks = new ParagraphChunker(300, 40).Split(Text);

        Assert.True(chunks.Count > 5);
        for (var i = 1; i < chunks.Count; i++)
        {
            var head = chunks[i].Split("\n\n")[0];
            Assert.EndsWith(head, chunks[i - 1], StringComparison.Ordinal);
            Assert.InRange(head.Length, 1, 40);
        }
    }

    [Fact]
    public void A_paragraph_longer_than_the_limit_is_cut_at_whitespace()
    {
        var chunks = new ParagraphChunker(100, 0).Split(string.Join(' ', Enumerable.Repeat("abcdefghi", 50)));

        Assert.All(chunks, c => Assert.InRange(c.Length, 1, 100));
        Assert.All(chunks, c => Assert.DoesNotContain(c.Split(' '), w => w != "abcdefghi"));
    }

    [Fact]
    public void Settings_name_every_parameter_and_blank_text_has_no_chunks()
    {
        var chunker = new ParagraphChunker(500, 60);

        Assert.Equal("paragraph(max=500,overlap=60)", chunker.Settings);
        Assert.Empty(chunker.Split(" \n\n \n"));
    }
}
