using Npgsql;
using ReleaseGate.Postgres;
using ReleaseGate.Postgres.Indexing;

namespace ReleaseGate.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresConnectionTests(PostgresCluster cluster)
{
    [Fact]
    public async Task A_server_that_is_down_is_an_RG3601_naming_the_host_and_port()
    {
        var port = PostgresCluster.FreePort();

        var error = await Assert.ThrowsAsync<ReleaseGateException>(() => PostgresIndexStore.OpenAsync(
            $"postgres://app:secret-pw@127.0.0.1:{port}/rag?connect_timeout=5", "docs"));

        Assert.Equal(ReleaseGateErrorCodes.PostgresUnreachable, error.Code);
        Assert.Contains($"127.0.0.1:{port}/rag", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-pw", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_an_RG3602_that_never_shows_the_password()
    {
        var settings = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Password = "wrong-pw-4711" };

        var error = await Assert.ThrowsAsync<ReleaseGateException>(
            () => PostgresIndexStore.OpenAsync(settings.ConnectionString, "docs"));

        Assert.Equal(ReleaseGateErrorCodes.PostgresConnectionRefused, error.Code);
        Assert.Contains($"{settings.Host}:{settings.Port}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-pw-4711", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_postgres_uri_opens_the_same_index_as_the_keyword_form()
    {
        var settings = new NpgsqlConnectionStringBuilder(cluster.ConnectionString);
        var uri = $"postgresql://{settings.Username}:{Uri.EscapeDataString(settings.Password!)}@" +
            $"{settings.Host}:{settings.Port}/{settings.Database}?application_name=rg-test";
        var index = cluster.NewIndexName();
        await using (var keyword = await PostgresIndexStore.OpenAsync(cluster.ConnectionString, index))
        {
            await keyword.SetFingerprintAsync("model=m;dims=4");
        }

        await using var fromUri = await PostgresIndexStore.OpenAsync(uri, index);

        Assert.Equal("model=m;dims=4", (await fromUri.GetInfoAsync()).Fingerprint);
    }

    [Theory]
    [InlineData("Host=h;Bogus=1")]
    [InlineData("postgres://app@h:5432/db?frobnicate=1")]
    [InlineData("Database=rag")]
    public void An_unreadable_connection_string_is_an_RG3603(string value)
    {
        var error = Assert.Throws<ReleaseGateException>(() => PostgresConnectionString.Parse(value));

        Assert.Equal(ReleaseGateErrorCodes.PostgresConnectionStringInvalid, error.Code);
    }

    [Fact]
    public async Task A_schema_written_by_a_newer_version_is_refused_with_RG3003_and_left_alone()
    {
        var index = cluster.NewIndexName();
        await using (var store = await PostgresIndexStore.OpenAsync(cluster.ConnectionString, index))
        {
            await store.WriteAsync(
                async (connection, transaction) =>
                {
                    using var command = new NpgsqlCommand(
                        $"UPDATE {store.SchemaName}.meta SET value = '99' WHERE key = 'schema_version'",
                        connection,
                        transaction);
                    return await command.ExecuteNonQueryAsync();
                },
                CancellationToken.None);
        }

        var error = await Assert.ThrowsAsync<ReleaseGateException>(
            () => PostgresIndexStore.OpenAsync(cluster.ConnectionString, index));

        Assert.Equal(ReleaseGateErrorCodes.NotAnIndexStore, error.Code);
        Assert.Contains("schema 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_logs_how_vectors_are_stored()
    {
        var logger = new ListLogger();

        await using var store = await PostgresIndexStore.OpenAsync(cluster.ConnectionString, cluster.NewIndexName(), logger);

        var line = Assert.Single(logger.Lines);
        var expected = store.VectorStorage == PostgresVectorStorage.Pgvector ? "pgvector" : "real[]";
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Contains(store.SchemaName, line, StringComparison.Ordinal);
    }
}
