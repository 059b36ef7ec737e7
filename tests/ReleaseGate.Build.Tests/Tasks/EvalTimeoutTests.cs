namespace ReleaseGate.Build.Tests.Tasks;

public sealed class EvalTimeoutTests
{
    [Theory]
    [InlineData("", 600)]
    [InlineData("90", 90)]
    [InlineData("0.5", 0.5)]
    [InlineData("00:02:00", 120)]
    public void Reads_seconds_or_a_time_span(string text, double seconds)
    {
        Assert.True(EvalTimeout.TryParse(text, out var timeout));
        Assert.Equal(TimeSpan.FromSeconds(seconds), timeout);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("ten minutes")]
    [InlineData("00:00:00")]
    public void Refuses_values_that_are_not_a_positive_duration(string text) =>
        Assert.False(EvalTimeout.TryParse(text, out _));
}
