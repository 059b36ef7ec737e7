using Microsoft.Extensions.Time.Testing;
using Npgsql;
using ReleaseGate.Postgres.Releases;
using ReleaseGate.Releases;
using ReleaseGate.Releases.Channel;
using ReleaseGate.Tests.Evaluation;

namespace ReleaseGate.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReleaseStateStoreTests(PostgresCluster cluster)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);

    [Fact]
    public void Two_agents_share_one_live_and_last_good_state()
    {
        var name = cluster.NewIndexName();
        using var first = new PostgresReleaseStateStore(cluster.ConnectionString, name);
        using var second = new PostgresReleaseStateStore(cluster.ConnectionString, name);
        var agentA = new ReleaseChannel(first, timeProvider: _time);
        var agentB = new ReleaseChannel(second, timeProvider: _time);

        agentA.Promote(Reports.Create("v1", Reports.PassRate(100, 0.9)));
        var v2 = agentB.Canary(Reports.Create("v2", Reports.PassRate(100, 0.9)));
        var v3 = agentA.Canary(Reports.Create("v3", Reports.PassRate(100, 0.4)));
        var rolledBack = agentB.Rollback();

        Assert.True(v2.Promoted, v2.Summary);
        Assert.False(v3.Promoted);
        Assert.Equal(("v1", null), (rolledBack.Live?.Version, rolledBack.LastGood?.Version));
        Assert.Equal(rolledBack, agentA.Status() with { History = rolledBack.History });
        Assert.Equal(
            [ReleaseAction.Promoted, ReleaseAction.CanaryPromoted, ReleaseAction.CanaryRejected, ReleaseAction.RolledBack],
            agentA.Status().History.Select(e => e.Action));
    }

    [Fact]
    public async Task Concurrent_promotions_from_two_agents_lose_no_update()
    {
        var name = cluster.NewIndexName();
        using var first = new PostgresReleaseStateStore(cluster.ConnectionString, name);
        using var second = new PostgresReleaseStateStore(cluster.ConnectionString, name);
        var agents = new[] { new ReleaseChannel(first), new ReleaseChannel(second) };

        await Task.WhenAll(Enumerable.Range(1, 16).Select(i => Task.Run(
            () => agents[i % 2].Promote(Reports.Create($"v{i}", [1, 0.5])))));

        var state = agents[0].Status();
        Assert.Equal(Enumerable.Range(1, 16).Select(i => (long)i), state.History.Select(e => e.Sequence));
        Assert.Equal(16, state.History.Select(e => e.Subject.Version).Distinct().Count());
        Assert.Equal(state.History[^1].Subject, state.Live);
        Assert.Equal(state.History[^2].Subject, state.LastGood);
    }

    [Fact]
    public async Task A_damaged_history_row_is_reported_and_not_reset()
    {
        var name = cluster.NewIndexName();
        using var store = new PostgresReleaseStateStore(cluster.ConnectionString, name);
        new ReleaseChannel(store).Promote(Reports.Create("v1", [1]));
        await using (var connection = new NpgsqlConnection(cluster.ConnectionString))
        {
            await connection.OpenAsync();
            using var damage = new NpgsqlCommand(
                "UPDATE releasegate_releases.history SET entry = '{\"sequence\": 1' WHERE channel = $1", connection);
            damage.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
            await damage.ExecuteNonQueryAsync();
        }

        var error = Assert.Throws<ReleaseStateCorruptException>(store.Read);

        Assert.Equal(ReleaseGateErrorCodes.ReleaseStateCorrupt, error.Code);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Throws<ReleaseStateCorruptException>(() => new ReleaseChannel(store).Promote(Reports.Create("v2", [1])));
    }

    [Fact]
    public void A_kept_report_reads_back_and_a_missing_one_is_reported()
    {
        using var store = new PostgresReleaseStateStore(cluster.ConnectionString, cluster.NewIndexName());
        var content = "{\"report\": 1}"u8.ToArray();
        var sha = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content)).ToLowerInvariant();

        store.SaveReport(sha, content);
        store.SaveReport(sha, content);

        Assert.Equal(content, store.LoadReport(sha));
        Assert.Throws<ReleaseStateCorruptException>(() => store.LoadReport(new string('0', 64)));
    }
}
