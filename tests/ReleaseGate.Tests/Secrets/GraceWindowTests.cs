using ReleaseGate.Secrets;

namespace ReleaseGate.Tests.Secrets;

public sealed class GraceWindowTests
{
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(10);

    [Fact]
    public void Previous_value_is_accepted_one_tick_before_the_window_ends()
    {
        var harness = new SecretStoreHarness();
        var old = harness.Store.Rotate("api", Grace).Value.Reveal();
        harness.Time.Advance(TimeSpan.FromMinutes(3));
        harness.Store.Rotate("api", Grace);

        harness.Time.Advance(Grace - TimeSpan.FromTicks(1));

        Assert.True(harness.Store.Validate("api", old));
        Assert.Equal(1, harness.Store.FindValidVersion("api", old));
    }

    [Fact]
    public void Previous_value_is_rejected_at_the_instant_the_window_ends()
    {
        var harness = new SecretStoreHarness();
        var old = harness.Store.Rotate("api", Grace).Value.Reveal();
        var rotation = harness.Store.Rotate("api", Grace);

        harness.Time.Advance(Grace);

        Assert.Equal(SecretStoreHarness.Start + Grace, rotation.Status.GraceEndsAt);
        Assert.False(harness.Store.Validate("api", old));
        Assert.True(harness.Store.Validate("api", rotation.Value.Reveal()));
    }

    [Fact]
    public void Expire_grace_rejects_the_previous_value_at_once()
    {
        var harness = new SecretStoreHarness();
        var old = harness.Store.Rotate("api", Grace).Value.Reveal();
        var current = harness.Store.Rotate("api", Grace).Value.Reveal();
        Assert.True(harness.Store.Validate("api", old));

        var status = harness.Store.ExpireGrace("api");

        Assert.False(harness.Store.Validate("api", old));
        Assert.True(harness.Store.Validate("api", current));
        Assert.Empty(status.GraceWindows);
        Assert.Null(status.PreviousVersion);
    }

    [Fact]
    public void Zero_grace_rejects_the_previous_value_at_once()
    {
        var harness = new SecretStoreHarness();
        var old = harness.Store.Rotate("api", Grace).Value.Reveal();

        var rotation = harness.Store.Rotate("api", TimeSpan.Zero);

        Assert.False(harness.Store.Validate("api", old));
        Assert.Null(rotation.Status.PreviousVersion);
    }

    [Fact]
    public void Second_rotation_inside_the_window_keeps_only_the_version_current_just_before()
    {
        var harness = new SecretStoreHarness();
        var v1 = harness.Store.Rotate("api", Grace).Value.Reveal();
        var v2 = harness.Store.Rotate("api", Grace).Value.Reveal();
        harness.Time.Advance(TimeSpan.FromMinutes(4));

        var v3 = harness.Store.Rotate("api", Grace);

        Assert.False(harness.Store.Validate("api", v1));
        Assert.Equal(2, harness.Store.FindValidVersion("api", v2));
        Assert.Equal(3, harness.Store.FindValidVersion("api", v3.Value.Reveal()));
        var window = Assert.Single(v3.Status.GraceWindows);
        Assert.Equal(new SecretGraceWindow(2, SecretStoreHarness.Start + TimeSpan.FromMinutes(14)), window);
    }

    [Fact]
    public void With_more_windows_allowed_older_versions_keep_their_own_end()
    {
        var harness = new SecretStoreHarness(maxGraceVersions: 2);
        var v1 = harness.Store.Rotate("api", Grace).Value.Reveal();
        var v2 = harness.Store.Rotate("api", Grace).Value.Reveal();
        harness.Time.Advance(TimeSpan.FromMinutes(4));
        var v3 = harness.Store.Rotate("api", Grace).Value.Reveal();

        var v1End = SecretStoreHarness.Start + Grace;
        var v2End = SecretStoreHarness.Start + TimeSpan.FromMinutes(14);
        Assert.Equal([new SecretGraceWindow(2, v2End), new SecretGraceWindow(1, v1End)],
            harness.Store.GetStatus("api").GraceWindows);
        Assert.True(harness.Store.Validate("api", v1));

        harness.Time.SetUtcNow(v1End);
        Assert.False(harness.Store.Validate("api", v1));
        Assert.True(harness.Store.Validate("api", v2));
        Assert.True(harness.Store.Validate("api", v3));
    }

    [Fact]
    public void With_more_windows_allowed_the_oldest_beyond_the_limit_is_closed()
    {
        var harness = new SecretStoreHarness(maxGraceVersions: 2);
        var values = Enumerable.Range(0, 4).Select(_ => harness.Store.Rotate("api", Grace).Value.Reveal()).ToArray();

        Assert.Equal([false, true, true, true], values.Select(value => harness.Store.Validate("api", value)));
        Assert.Equal([3, 2], harness.Store.GetStatus("api").GraceWindows.Select(window => window.Version));
    }

    [Fact]
    public void Rotation_with_a_given_value_makes_it_current()
    {
        var harness = new SecretStoreHarness();
        harness.Store.Rotate("vendor", new SecretValue("vendor-key-1"), Grace);

        var rotation = harness.Store.Rotate("vendor", new SecretValue("vendor-key-2"), Grace);

        Assert.Equal("vendor-key-2", harness.Store.GetCurrent("vendor").Reveal());
        Assert.Equal(2, harness.Store.FindValidVersion("vendor", "vendor-key-2"));
        Assert.Equal(1, harness.Store.FindValidVersion("vendor", "vendor-key-1"));
        Assert.Equal(2, rotation.Status.CurrentVersion);
    }

    [Fact]
    public void Rotation_to_a_value_that_is_still_valid_is_refused_and_changes_nothing()
    {
        var harness = new SecretStoreHarness();
        harness.Store.Rotate("vendor", new SecretValue("vendor-key-1"), Grace);
        harness.Store.Rotate("vendor", new SecretValue("vendor-key-2"), Grace);

        var error = Assert.Throws<ArgumentException>(
            () => harness.Store.Rotate("vendor", new SecretValue("vendor-key-1"), Grace));

        Assert.DoesNotContain("vendor-key-1", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, harness.Store.GetStatus("vendor").CurrentVersion);
    }

    [Fact]
    public void Generated_values_are_long_and_distinct()
    {
        var harness = new SecretStoreHarness();

        var values = Enumerable.Range(0, 50).Select(_ => harness.Store.Rotate("api", Grace).Value.Reveal()).ToList();

        Assert.All(values, value => Assert.Equal(SecretValue.GeneratedLength, value.Length));
        Assert.All(values, value => Assert.True(value.All(char.IsAsciiLetterOrDigit)));
        Assert.Equal(values.Count, values.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Status_reports_versions_and_window_end()
    {
        var harness = new SecretStoreHarness();
        harness.Store.Rotate("api", Grace);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        harness.Store.Rotate("api", TimeSpan.FromMinutes(30));

        var status = harness.Store.GetStatus("api");

        Assert.Equal("api", status.Name);
        Assert.Equal(2, status.CurrentVersion);
        Assert.Equal(SecretStoreHarness.Start + TimeSpan.FromMinutes(1), status.CurrentSince);
        Assert.Equal(1, status.PreviousVersion);
        Assert.Equal(SecretStoreHarness.Start + TimeSpan.FromMinutes(31), status.GraceEndsAt);
    }

    [Fact]
    public void Status_drops_a_window_once_it_has_ended()
    {
        var harness = new SecretStoreHarness();
        harness.Store.Rotate("api", Grace);
        harness.Store.Rotate("api", Grace);

        harness.Time.Advance(Grace);

        Assert.Null(harness.Store.GetStatus("api").PreviousVersion);
    }

    [Fact]
    public void Unknown_names_raise_a_coded_error()
    {
        var harness = new SecretStoreHarness();

        var error = Assert.Throws<SecretStoreException>(() => harness.Store.GetStatus("missing"));

        Assert.Equal(ReleaseGateErrorCodes.SecretNotFound, error.ErrorCode);
        Assert.Contains("'missing'", error.Message, StringComparison.Ordinal);
        Assert.Throws<SecretStoreException>(() => harness.Store.ExpireGrace("missing"));
        Assert.Throws<SecretStoreException>(() => harness.Store.GetCurrent("missing"));
    }

    [Fact]
    public void Negative_grace_is_refused()
    {
        var harness = new SecretStoreHarness();

        Assert.Throws<ArgumentOutOfRangeException>(() => harness.Store.Rotate("api", TimeSpan.FromTicks(-1)));
        Assert.Empty(harness.Store.Names);
    }
}
