using System.CommandLine;

namespace ReleaseGate.Tests;

public sealed class CliSmokeTests
{
    [Theory]
    [InlineData("--help", "releasegate [command] [options]")]
    [InlineData("index --help", "releasegate index [command] [options]")]
    public void Usage_names_the_tool_not_the_assembly(string arguments, string usage)
    {
        var output = new StringWriter();
        var exit = ReleaseGate.Cli.CommandRegistry.CreateRoot()
            .Parse(arguments.Split(' '))
            .Invoke(new InvocationConfiguration { Output = output });
        Assert.Equal(0, exit);
        Assert.Contains(usage, output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ReleaseGate.Cli", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_verb_fails_with_a_usage_error()
    {
        var error = new StringWriter();
        var exit = ReleaseGate.Cli.CommandRegistry.CreateRoot()
            .Parse(["no-such-verb"])
            .Invoke(new InvocationConfiguration { Output = new StringWriter(), Error = error });
        Assert.NotEqual(0, exit);
        Assert.Contains("no-such-verb", error.ToString(), StringComparison.Ordinal);
    }
}
