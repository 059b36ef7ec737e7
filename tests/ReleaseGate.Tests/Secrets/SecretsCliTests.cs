using System.CommandLine;
using Microsoft.Extensions.Time.Testing;
using ReleaseGate.Cli.Secrets;
using ReleaseGate.Secrets;

namespace ReleaseGate.Tests.Secrets;

public sealed class SecretsCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rg-secrets-cli-").FullName;

    private readonly FakeTimeProvider _time = new(SecretStoreHarness.Start);

    private string Store => Path.Combine(_folder, "store.rgs");

    private string KeyFile => Path.Combine(_folder, "store.key");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Rotate_prints_the_value_only_with_show()
    {
        Assert.Equal(0, Run("new-key --key-file", KeyFile).Exit);

        var hidden = Run("rotate", Common("api"));
        var shown = Run("rotate", Common("api"), "--show", "--grace", "5m");

        var value = shown.Output.Trim();
        Assert.Equal(0, hidden.Exit);
        Assert.Contains("Secret 'api' is now at version 1", hidden.Output, StringComparison.Ordinal);
        Assert.Contains("not printed", hidden.Output, StringComparison.Ordinal);
        Assert.Equal(SecretValue.GeneratedLength, value.Length);
        Assert.DoesNotContain(value, hidden.Output, StringComparison.Ordinal);
        Assert.Contains("Version 1 stays valid until 2026-03-01T09:05:00.0000000Z (grace 5m)", shown.Error,
            StringComparison.Ordinal);
        Assert.Equal(value, OpenStore().GetCurrent("api").Reveal());
    }

    [Fact]
    public void Validate_accepts_old_and_new_values_until_the_window_ends()
    {
        Run("new-key --key-file", KeyFile);
        var old = Run("rotate", Common("api"), "--show").Output.Trim();
        var current = Run("rotate", Common("api"), "--show", "--grace", "10m").Output.Trim();

        var oldInWindow = Feed(old + "\n", "validate", Common("api"));
        var currentResult = Feed(current + "\n", "validate", Common("api"));
        _time.Advance(TimeSpan.FromMinutes(10));
        var oldAfterWindow = Feed(old + "\n", "validate", Common("api"));
        var wrong = Feed("guess\n", "validate", Common("api"));

        Assert.Equal((0, "accepted: version 1 (grace window until 2026-03-01T09:10:00.0000000Z)"),
            (oldInWindow.Exit, oldInWindow.Output.Trim()));
        Assert.Equal((0, "accepted: version 2 (current)"), (currentResult.Exit, currentResult.Output.Trim()));
        Assert.Equal(ValidateCommand.Rejected, oldAfterWindow.Exit);
        Assert.Equal(ValidateCommand.Rejected, wrong.Exit);
        Assert.StartsWith("rejected", wrong.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_and_expire_grace_report_versions_and_never_values()
    {
        Run("new-key --key-file", KeyFile);
        var old = Run("rotate", Common("api"), "--show").Output.Trim();
        var current = Run("rotate", Common("api"), "--show", "--grace", "2h").Output.Trim();
        _time.Advance(TimeSpan.FromMinutes(30));

        var status = Run("status", Common("api"));
        var expire = Run("expire-grace", Common("api"));
        var after = Run("status", Common("api"));
        var oldAfterExpiry = Feed(old + "\n", "validate", Common("api"));

        Assert.Equal(0, status.Exit);
        Assert.Contains("current: version 2 (since 2026-03-01T09:00:00.0000000Z)", status.Output,
            StringComparison.Ordinal);
        Assert.Contains("grace:   version 1 valid until 2026-03-01T11:00:00.0000000Z (1h 30m left)", status.Output,
            StringComparison.Ordinal);
        Assert.Contains("version 1 is no longer accepted; only version 2 is valid", expire.Output,
            StringComparison.Ordinal);
        Assert.Contains("grace:   none", after.Output, StringComparison.Ordinal);
        Assert.Equal(ValidateCommand.Rejected, oldAfterExpiry.Exit);
        foreach (var text in new[] { status.Output, expire.Output, after.Output })
        {
            Assert.DoesNotContain(old, text, StringComparison.Ordinal);
            Assert.DoesNotContain(current, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rotate_takes_a_value_from_standard_input()
    {
        Run("new-key --key-file", KeyFile);

        var result = Feed("vendor-issued-key\n", "rotate", [.. Common("vendor"), "--value-stdin"]);

        Assert.Equal(0, result.Exit);
        Assert.DoesNotContain("vendor-issued-key", result.Output, StringComparison.Ordinal);
        Assert.Equal("vendor-issued-key", OpenStore().GetCurrent("vendor").Reveal());
    }

    [Fact]
    public void The_key_can_come_from_an_environment_variable()
    {
        Run("new-key --key-file", KeyFile);
        var variable = "RG_TEST_CLI_KEY_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, File.ReadAllText(KeyFile));
        try
        {
            var rotate = Run("rotate", "--store", Store, "--name", "api", "--key-env", variable);
            var status = Run("status", "--store", Store, "--name", "api", "--key-file", KeyFile);

            Assert.Equal(0, rotate.Exit);
            Assert.Contains("current: version 1", status.Output, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void Errors_carry_their_code_and_exit_2()
    {
        Run("new-key --key-file", KeyFile);
        Run("rotate", Common("api"));
        var otherKey = Path.Combine(_folder, "other.key");
        Run("new-key --key-file", otherKey);

        var missingStore = Run("status", "--store", Store + ".missing", "--name", "api", "--key-file", KeyFile);
        var wrongKey = Run("status", "--store", Store, "--name", "api", "--key-file", otherKey);
        var unknownName = Run("status", Common("nope"));
        var badGrace = Run("rotate", Common("api"), "--grace", "ten minutes");
        var noValue = Feed("", "validate", Common("api"));
        var keyExists = Run("new-key --key-file", KeyFile);

        Assert.Equal((2, "error RG3001"), (missingStore.Exit, missingStore.Error[..12]));
        Assert.Equal((2, "error RG3403"), (wrongKey.Exit, wrongKey.Error[..12]));
        Assert.Equal((2, "error RG3401"), (unknownName.Exit, unknownName.Error[..12]));
        Assert.NotEqual(0, badGrace.Exit);
        Assert.Contains("RG3406: '--grace ten minutes' is not a duration", badGrace.Error, StringComparison.Ordinal);
        Assert.Equal((2, "error RG3407"), (noValue.Exit, noValue.Error[..12]));
        Assert.Equal(2, keyExists.Exit);
    }

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("30s", 30 * TimeSpan.TicksPerSecond)]
    [InlineData("10m", 10 * TimeSpan.TicksPerMinute)]
    [InlineData("1.5h", 90 * TimeSpan.TicksPerMinute)]
    [InlineData("2d", 2 * TimeSpan.TicksPerDay)]
    public void Grace_durations_parse_and_format(string text, long ticks)
    {
        Assert.True(GraceDuration.TryParse(text, out var duration));
        Assert.Equal(ticks, duration.Ticks);
        Assert.True(GraceDuration.TryParse(GraceDuration.Format(duration), out var again));
        Assert.Equal(duration, again);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("-5m")]
    [InlineData("m")]
    [InlineData("10 minutes")]
    public void Bad_grace_durations_are_refused(string text) => Assert.False(GraceDuration.TryParse(text, out _));

    private string[] Common(string name) => ["--store", Store, "--name", name, "--key-file", KeyFile];

    private SecretStore OpenStore() =>
        new(new SecretStoreOptions().UseEncryptedFile(Store, SecretStoreKey.FromFile(KeyFile)));

    private (int Exit, string Output, string Error) Run(string verb, params string[] arguments) =>
        Feed("", verb, arguments);

    private (int Exit, string Output, string Error) Run(string verb, string[] first, params string[] more) =>
        Feed("", verb, [.. first, .. more]);

    private (int Exit, string Output, string Error) Feed(string input, string verb, string[] arguments)
    {
        var root = new RootCommand("releasegate");
        root.Subcommands.Add(SecretsCommand.Create(new StringReader(input), _time));
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(["secrets", .. verb.Split(' '), .. arguments])
            .Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
