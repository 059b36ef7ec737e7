using ReleaseGate.Privacy.Scanning;

namespace ReleaseGate.Tests.Privacy;

public sealed class StopMaskTests
{
    // Digits, the singles, upper and lower case, and characters whose low byte is a stop ('Ł' is U+0141, 'A' is 0x41).
    private const string Alphabet = "0 9@:-_=JAZazŁİ\u0130ÿ\uFF21\uFF10\u0660\uD83D\uDE00.";

    [Fact]
    public void Marks_exactly_the_positions_the_scalar_test_marks()
    {
        var random = new Random(11);
        foreach (var pairs in new[] { true, false })
        {
            var mask = new StopMask("@:-_=J", pairs);
            for (var round = 0; round < 200; round++)
            {
                var text = new string(Enumerable.Range(0, random.Next(1, 80))
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

    [Fact]
    public void Marks_the_first_character_of_each_sequence_exactly_where_the_scalar_test_does()
    {
        const string letters = "daoyp d";
        var random = new Random(12);
        var mask = new StopMask("@", pairs: false, ["da", "oy"]);
        for (var round = 0; round < 400; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 70))
                .Select(_ => letters[random.Next(letters.Length)]).ToArray());
            for (var block = 0; block < text.Length; block += StopMask.Width)
            {
                var bits = mask.Compute(text, block);
                for (var i = block; i < Math.Min(text.Length, block + StopMask.Width); i++)
                {
                    Assert.True(((bits >> (i - block)) & 1) == (mask.IsStop(text, i) ? 1u : 0u), $"{i} in {text}");
                }
            }
        }
    }

    [Fact]
    public void Stops_at_a_sequence_that_runs_into_the_next_block_but_not_at_a_cut_off_one()
    {
        var across = new string('x', StopMask.Width - 1) + "da" + new string('x', StopMask.Width);
        var cutOff = new string('x', StopMask.Width - 1) + "d";
        var mask = new StopMask("", pairs: false, ["da"]);

        Assert.Equal(1u << (StopMask.Width - 1), mask.Compute(across, 0));
        Assert.Equal(0u, mask.Compute(cutOff + new string('x', StopMask.Width), 0));
        Assert.Throws<ArgumentException>(() => new StopMask("", pairs: false, ["dap"]));
    }

    [Fact]
    public void Stops_at_two_upper_case_letters_across_a_block_boundary_only_when_asked()
    {
        var text = new string('a', StopMask.Width - 1) + "SK" + new string('a', StopMask.Width);

        Assert.Equal(1u << (StopMask.Width - 1), new StopMask("", pairs: true).Compute(text, 0));
        Assert.Equal(0u, new StopMask("", pairs: false).Compute(text, 0));
    }
}
