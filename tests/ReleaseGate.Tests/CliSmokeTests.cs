namespace ReleaseGate.Tests;

public sealed class CliSmokeTests
{
    [Fact]
    public void Help_lists_the_tool_name()
    {
        var output = new StringWriter();
        var root = new System.CommandLine.RootCommand("releasegate");
        ReleaseGate.Cli.CommandRegistry.AddAll(root);
        var exit = root.Parse(["--help"]).Invoke(new System.CommandLine.InvocationConfiguration { Output = output });
        Assert.Equal(0, exit);
        Assert.Contains("releasegate", output.ToString(), StringComparison.Ordinal);
    }
}
