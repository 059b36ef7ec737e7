using ReleaseGate.Evaluation;
using ReleaseGate.Postgres.Releases;
using ReleaseGate.Tests.Evaluation;
using ReleaseGate.Tests.Indexing;

namespace ReleaseGate.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReleaseCliTests(PostgresCluster cluster) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_release_verbs_keep_a_channel_in_postgres_when_state_is_a_connection_string()
    {
        var channel = cluster.NewIndexName();
        var v1 = Write("v1.json", Reports.Create("v1", [1, 1]));
        var v2 = Write("v2.json", Reports.Create("v2", [1, 1]));

        foreach (var report in new[] { v1, v2 })
        {
            var (exit, _, error) = await CliRunner.RunAsync(
                "release", "promote", "--state", cluster.ConnectionString, "--channel", channel, "--report", report);
            Assert.True(exit == 0, error);
        }

        var status = await CliRunner.RunAsync("release", "status", "--state", cluster.ConnectionString, "--channel", channel);
        Assert.StartsWith("live: v2", status.Output, StringComparison.Ordinal);
        using var store = new PostgresReleaseStateStore(cluster.ConnectionString, channel);
        var state = store.Read();
        Assert.Equal(("v2", "v1"), (state.Live!.Version, state.LastGood!.Version));
        Assert.Equal([1L, 2L], state.History.Select(e => e.Sequence));
    }

    private string Write(string name, ScoreReport report)
    {
        var path = _folder.File(name);
        ScoreReportWriter.Write(path, report);
        return path;
    }
}
