using ReleaseGate.Tests.Indexing;

namespace ReleaseGate.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCliTests(PostgresCluster cluster) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_index_verbs_run_against_a_postgres_store_and_snapshots_cross_to_sqlite()
    {
        var pg = cluster.ConnectionString;
        var index = cluster.NewIndexName();
        var built = await CliRunner.JsonAsync(
            "index", "build", "--source", ElectronDocs.V1, "--store", pg, "--index", index, "--embedder", "hashing", "--json");
        Assert.Equal(240, built.GetProperty("added").GetInt32());

        var status = await CliRunner.JsonAsync(
            "index", "status", "--source", ElectronDocs.V2, "--store", pg, "--index", index, "--embedder", "hashing", "--json");
        Assert.Equal(ElectronDocs.Changes('M'), status.Strings("changed"));
        Assert.Equal(198, status.GetProperty("unchanged").GetInt32());

        var reindex = await CliRunner.JsonAsync(
            "index", "reindex", "--source", ElectronDocs.V2, "--store", pg, "--index", index, "--embedder", "hashing", "--json");
        Assert.Equal((8, 41, 1), (reindex.GetProperty("added").GetInt32(), reindex.GetProperty("updated").GetInt32(),
            reindex.GetProperty("deleted").GetInt32()));

        var snapshots = _folder.File("snapshots");
        var taken = await CliRunner.JsonAsync(
            "index", "snapshot", "--store", pg, "--index", index, "--dir", snapshots, "--json");
        var snapshot = taken.GetProperty("snapshot").GetProperty("path").GetString()!;
        Assert.Equal(247, taken.GetProperty("snapshot").GetProperty("documents").GetInt32());

        var sqlite = _folder.File("copy.db");
        await CliRunner.JsonAsync("index", "restore", "--store", sqlite, "--snapshot", snapshot, "--json");
        var fromSqlite = await CliRunner.JsonAsync(
            "index", "status", "--source", ElectronDocs.V2, "--store", sqlite, "--embedder", "hashing", "--json");
        Assert.Equal(247, fromSqlite.GetProperty("unchanged").GetInt32());
        Assert.Empty(fromSqlite.Strings("changed"));
    }

    [Fact]
    public async Task A_postgres_snapshot_without_dir_is_refused_and_a_down_server_names_its_host()
    {
        var (exit, _, error) = await CliRunner.RunAsync("index", "snapshot", "--store", cluster.ConnectionString);
        Assert.Equal(2, exit);
        Assert.Contains("--dir", error, StringComparison.Ordinal);

        var port = PostgresCluster.FreePort();
        (exit, _, error) = await CliRunner.RunAsync(
            "index", "status", "--source", ElectronDocs.V1, "--embedder", "hashing",
            "--store", $"Host=127.0.0.1;Port={port};Username=app;Password=pw;Timeout=5");
        Assert.Equal(2, exit);
        Assert.StartsWith(ReleaseGateErrorCodes.PostgresUnreachable, error, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", error, StringComparison.Ordinal);
    }
}
