using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using ReleaseGate.Secrets;

namespace ReleaseGate.Tests.Secrets;

public sealed class SecretHidingTests
{
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(10);

    private static readonly DateTimeOffset Start = SecretStoreHarness.Start;

    [Fact]
    public void To_string_of_every_secret_type_hides_the_value()
    {
        var harness = new SecretStoreHarness();
        harness.Store.Rotate("api", new SecretValue("first-hidden-value"), Grace);
        var rotation = harness.Store.Rotate("api", new SecretValue("second-hidden-value"), Grace);
        var key = SecretStoreKey.Generate();

        var texts = new[]
        {
            rotation.Value.ToString(), rotation.ToString(), rotation.Status.ToString(),
            new SecretVersion(1, rotation.Value, Start, null).ToString(),
            new SecretEntry("api", new SecretVersion(2, rotation.Value, Start, null), []).ToString(),
            key.ToString(), $"{rotation.Value}",
        };

        Assert.All(texts, text => Assert.DoesNotContain("hidden-value", text, StringComparison.Ordinal));
        Assert.Equal("SecretValue(hidden)", rotation.Value.ToString());
        Assert.Equal("SecretStoreKey(hidden)", key.ToString());
    }

    [Theory]
    [InlineData(typeof(SecretValue))]
    [InlineData(typeof(SecretStoreKey))]
    public void Debugger_shows_the_placeholder_and_never_the_fields(Type type)
    {
        var display = type.GetCustomAttribute<DebuggerDisplayAttribute>();
        var fields = type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic);

        Assert.Equal("{ToString(),nq}", display?.Value);
        Assert.NotEmpty(fields);
        Assert.All(fields, field => Assert.Equal(DebuggerBrowsableState.Never,
            field.GetCustomAttribute<DebuggerBrowsableAttribute>()?.State));
    }

    [Fact]
    public void Serializing_a_value_by_mistake_writes_nothing_of_it()
    {
        var json = JsonSerializer.Serialize(new SecretValue("serialized-hidden-value"));

        Assert.Equal("{}", json);
    }

    [Fact]
    public void Logs_name_versions_but_never_values()
    {
        var harness = new SecretStoreHarness();
        var first = harness.Store.Rotate("api", Grace).Value.Reveal();
        var second = harness.Store.Rotate("api", Grace).Value.Reveal();
        harness.Store.Validate("api", first);
        harness.Store.Validate("api", "a-wrong-value");
        harness.Store.Rotate("api", Grace);
        harness.Store.ExpireGrace("api");
        harness.Store.Validate("api", second);

        var log = harness.AllLogText();

        Assert.DoesNotContain(first, log, StringComparison.Ordinal);
        Assert.DoesNotContain(second, log, StringComparison.Ordinal);
        Assert.DoesNotContain("a-wrong-value", log, StringComparison.Ordinal);
        Assert.Contains("Rotated secret api to version 2; version 1 stays valid until", log, StringComparison.Ordinal);
        Assert.Contains("Secret api version 2 is no longer accepted", log, StringComparison.Ordinal);
        Assert.Contains("Rejected a value for secret api: it matches no version", log, StringComparison.Ordinal);
    }
}
