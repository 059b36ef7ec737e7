using ReleaseGate.Secrets;

namespace ReleaseGate.Tests.Secrets;

public sealed class WrongSecretTests
{
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(10);

    private static string[] NearMisses(string value) =>
    [
        "",
        value[..^1],
        value + "x",
        value.ToUpperInvariant(),
        " " + value,
        value[1..] + value[0],
        new string('a', 10_000),
    ];

    [Fact]
    public void Values_close_to_a_valid_one_are_rejected()
    {
        var harness = new SecretStoreHarness();
        harness.Store.Rotate("api", new SecretValue("previous-Value-1"), Grace);
        harness.Store.Rotate("api", new SecretValue("current-Value-2"), Grace);

        foreach (var wrong in NearMisses("current-Value-2").Concat(NearMisses("previous-Value-1")))
        {
            Assert.False(harness.Store.Validate("api", wrong), $"accepted a wrong value of length {wrong.Length}");
        }
    }

    [Fact]
    public void Random_values_are_rejected_in_and_after_the_window()
    {
        var harness = new SecretStoreHarness();
        harness.Store.Rotate("api", Grace);
        harness.Store.Rotate("api", Grace);
        var strangers = Enumerable.Range(0, 200).Select(_ => SecretValue.Generate().Reveal()).ToList();

        var inWindow = strangers.Count(value => harness.Store.Validate("api", value));
        harness.Time.Advance(Grace);
        var afterWindow = strangers.Count(value => harness.Store.Validate("api", value));

        Assert.Equal(0, inWindow);
        Assert.Equal(0, afterWindow);
    }

    [Fact]
    public void The_value_of_another_secret_is_rejected()
    {
        var harness = new SecretStoreHarness();
        var billing = harness.Store.Rotate("billing", Grace).Value.Reveal();
        harness.Store.Rotate("search", Grace);

        Assert.False(harness.Store.Validate("search", billing));
        Assert.False(harness.Store.Validate("unknown", billing));
    }

    [Fact]
    public void Rejections_are_logged_with_the_version_when_it_is_known()
    {
        var harness = new SecretStoreHarness();
        var old = harness.Store.Rotate("api", Grace).Value.Reveal();
        harness.Store.Rotate("api", Grace);
        harness.Time.Advance(Grace);

        harness.Store.Validate("api", old);
        harness.Store.Validate("api", "not-a-version");

        var messages = harness.Logger.Collector.GetSnapshot().Select(record => record.Message).ToList();
        Assert.Contains(messages, message => message.StartsWith(
            "Rejected a value for secret api: it is version 1, whose window ended at", StringComparison.Ordinal));
        Assert.Contains("Rejected a value for secret api: it matches no version", messages);
    }
}
