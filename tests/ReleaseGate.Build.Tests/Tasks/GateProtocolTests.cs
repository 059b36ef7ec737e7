namespace ReleaseGate.Build.Tests.Tasks;

public sealed class GateProtocolTests
{
    [Fact]
    public void A_formatted_line_parses_back_with_line_breaks_and_tabs_flattened()
    {
        var line = GateProtocol.Format(GateProtocol.Error, "RG2030", "/a b/c.json", "first\nsecond\tthird");

        Assert.True(GateProtocol.TryParse(line, out var message));
        Assert.Equal("error", message!.Kind);
        Assert.Equal("RG2030", message.Code);
        Assert.Equal("/a b/c.json", message.File);
        Assert.Equal("first second third", message.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("error RG2030: plain output of the eval command")]
    [InlineData("##releasegate\terror\tRG2030")]
    [InlineData("##releasegateX\terror\tRG2030\tfile\ttext")]
    public void Other_lines_are_not_messages(string line) => Assert.False(GateProtocol.TryParse(line, out _));
}
