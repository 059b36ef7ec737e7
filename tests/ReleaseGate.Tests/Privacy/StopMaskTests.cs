using ReleaseGate.Privacy.Scanning;

namespace ReleaseGate.Tests.Privacy;

/// <summary>
/// The vector masks, with 32-byte vectors and with the 16-byte ones of processors without them, held to the
/// scalar test of each position.
/// </summary>
public sealed class StopMaskTests
{
    // Digits, the singles, the sequences' letters, upper and lower case, and characters whose low byte is a stop
    // ('Ł' is U+0141, 'A' is 0x41).
    private const string Alphabet = "0 9@:-_=JAZazdoyŁİ\u0130ÿ\uFF21\uFF10\u0660\uD83D\uDE00.";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Marks_exactly_the_positions_the_scalar_test_marks(bool wide)
    {
        var random = new Random(11);
        foreach (var pairs in new[] { true, false })
        {
            var mask = new StopMask("@:-_=J", pairs, ["da", "oy"], wide);
            for (var round = 0; round < 300; round++)
            {
                var text = new string(Enumerable.Range(0, random.Next(1, 150))
                    .Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
                for (var block = 0; block < text.Length; block += StopMask.Width)
                {
                    var bits = mask.Compute(text, block);
                    for (var i = block; i < Math.Min(text.Length, block + StopMask.Width); i++)
                    {
                        Assert.True(((bits >> (i - block)) & 1) == (mask.IsStop(text, i) ? 1u : 0u), $"{i} in {text}");
                    }

                    Assert.True(text.Length >= block + StopMask.Width || bits >> (text.Length - block) == 0);
                }
            }
        }
    }

    [Theory]
    [InlineData(true, StopMask.Width / 2 - 1)]
    [InlineData(false, StopMask.Width / 2 - 1)]
    [InlineData(true, StopMask.Width - 1)]
    [InlineData(false, StopMask.Width - 1)]
    public void Stops_at_a_sequence_and_an_upper_case_pair_across_a_vector_boundary(bool wide, int at)
    {
        var filler = new string('x', 2 * StopMask.Width);
        var sequence = (filler[..at] + "da" + filler)[..(2 * StopMask.Width)];
        var pair = (filler[..at] + "SK" + filler)[..(2 * StopMask.Width)];
        var cutOff = (filler[..at] + "d" + filler)[..(2 * StopMask.Width)];

        Assert.Equal(1u << at, new StopMask("", pairs: false, ["da"], wide).Compute(sequence, 0));
        Assert.Equal(0u, new StopMask("", pairs: false, ["da"], wide).Compute(cutOff, 0));
        Assert.Equal(1u << at, new StopMask("", pairs: true, wide: wide).Compute(pair, 0));
        Assert.Equal(0u, new StopMask("", pairs: false, wide: wide).Compute(pair, 0));
    }

    [Fact]
    public void Refuses_stops_that_are_not_ascii_or_sequences_that_are_not_two_characters()
    {
        Assert.Throws<ArgumentException>(() => new StopMask("", pairs: false, ["dap"]));
        Assert.Throws<ArgumentException>(() => new StopMask("é", pairs: false));
    }
}
