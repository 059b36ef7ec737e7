using Microsoft.Extensions.Time.Testing;
using ReleaseGate.Releases;
using ReleaseGate.Releases.Channel;
using ReleaseGate.Tests.Evaluation;

namespace ReleaseGate.Tests.Releases;

public sealed class ReleaseChannelTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(Start);

    [Fact]
    public void A_matching_v2_is_promoted_and_a_v3_at_0_4_is_rejected_leaving_v2_live()
    {
        var channel = NewChannel();
        channel.Promote(Reports.Create("v1", Reports.PassRate(100, 0.9)));
        _time.Advance(TimeSpan.FromHours(1));

        var v2 = channel.Canary(Reports.Create("v2", Reports.PassRate(100, 0.9)));
        _time.Advance(TimeSpan.FromHours(1));
        var v3 = channel.Canary(Reports.Create("v3", Reports.PassRate(100, 0.4)));

        Assert.True(v2.Promoted, v2.Summary);
        Assert.False(v3.Promoted);
        var state = NewChannel().Status();
        Assert.Equal("v2", state.Live?.Version);
        Assert.Equal("v1", state.LastGood?.Version);
        Assert.Equal(
            [ReleaseAction.Promoted, ReleaseAction.CanaryPromoted, ReleaseAction.CanaryRejected],
            state.History.Select(e => e.Action));
        Assert.Equal(Start.AddHours(2), state.History[2].Time);
        Assert.Equal("v3", state.History[2].Subject.Version);
        Assert.Contains("accuracy fell from 0.90 to 0.40", state.History[2].Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Rollback_returns_to_last_good_in_one_call_and_can_be_repeated()
    {
        var channel = NewChannel();
        channel.Promote(Reports.Create("v1", [1, 1]));
        channel.Promote(Reports.Create("v2", [1, 0]));
        channel.Promote(Reports.Create("v3", [0, 0]));

        var history = channel.Status().History;
        var first = channel.Rollback();
        var second = channel.Rollback();

        Assert.Equal(["First live version.", "Replaces v1, now last-good.", "Replaces v2, now last-good."],
            history.Select(e => Assert.Single(e.Reasons)));

        Assert.Equal(("v2", "v1"), (first.Live?.Version, first.LastGood?.Version));
        Assert.Equal("v1", second.Live?.Version);
        Assert.Null(second.LastGood);
        var error = Assert.Throws<InvalidOperationException>(channel.Rollback);
        Assert.StartsWith(ReleaseGateErrorCodes.NothingToRollBack, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_canary_needs_a_live_version()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NewChannel().Canary(Reports.Create("v1", [1])));

        Assert.StartsWith(ReleaseGateErrorCodes.NoLiveVersion, error.Message, StringComparison.Ordinal);
        Assert.Empty(NewChannel().Status().History);
    }

    [Fact]
    public void The_canary_baseline_is_the_kept_report_so_accepted_regressions_can_name_its_hash()
    {
        var channel = NewChannel();
        var v1 = Reports.Create("v1", Enumerable.Repeat(1.0, 40).ToArray(), i => i == 0 ? ["critical"] : []);
        var live = channel.Promote(v1).Live!;
        var v2Scores = Enumerable.Repeat(1.0, 40).ToArray();
        v2Scores[0] = 0;
        var v2 = Reports.Create("v2", v2Scores, i => i == 0 ? ["critical"] : []);
        var accepted = new AcceptedRegressions(live.ReportSha256, [new AcceptedRegression("q1", "accuracy", "reviewed")]);

        Assert.False(channel.Canary(v2).Promoted);
        Assert.True(channel.Canary(v2, accepted).Promoted);
    }

    [Fact]
    public void A_corrupt_state_file_is_an_error_that_explains_recovery_and_recovery_restores_it()
    {
        var store = new FileReleaseStateStore(StatePath);
        var channel = new ReleaseChannel(store, timeProvider: _time);
        channel.Promote(Reports.Create("v1", [1, 1]));
        var before = channel.Promote(Reports.Create("v2", [1, 1]));
        File.WriteAllText(StatePath, "{\"schemaVersion\": 1, \"live\": {\"vers");

        var error = Assert.Throws<ReleaseStateCorruptException>(channel.Status);

        Assert.Contains(StatePath + " is corrupt", error.Message, StringComparison.Ordinal);
        Assert.Contains("holds 2 entries", error.Message, StringComparison.Ordinal);
        Assert.Contains($"releasegate release recover --state {StatePath}", error.Message, StringComparison.Ordinal);
        Assert.Throws<ReleaseStateCorruptException>(() => channel.Promote(Reports.Create("v3", [1, 1])));
        var recovered = store.RecoverFromJournal();
        Assert.Equal(before.Live, recovered.Live);
        Assert.Equal(before.LastGood, recovered.LastGood);
        Assert.Equal(2, channel.Status().History.Count);
    }

    [Fact]
    public void A_journal_ahead_of_the_state_rolls_forward_and_a_torn_last_line_is_dropped()
    {
        var store = new FileReleaseStateStore(StatePath);
        var channel = new ReleaseChannel(store, timeProvider: _time);
        channel.Promote(Reports.Create("v1", [1, 1]));
        var stateAfterV1 = File.ReadAllBytes(StatePath);
        channel.Promote(Reports.Create("v2", [1, 1]));

        // A crash after the journal append but before the state rename leaves the old state file.
        File.WriteAllBytes(StatePath, stateAfterV1);
        Assert.Equal("v2", channel.Status().Live?.Version);

        // A crash in the middle of the append leaves half a line with no newline.
        File.AppendAllText(store.JournalPath, "{\"sequence\":3,\"time\":\"2026-");
        var after = channel.Promote(Reports.Create("v3", [1, 1]));

        Assert.Equal(["v1", "v2", "v3"], after.History.Select(e => e.Subject.Version));
        Assert.Equal(3, File.ReadAllLines(store.JournalPath).Length);
    }

    public void Dispose() => _dir.Dispose();

    private string StatePath => Path.Combine(_dir.Path, "channel", "state.json");

    private ReleaseChannel NewChannel() => new(new FileReleaseStateStore(StatePath), timeProvider: _time);
}
