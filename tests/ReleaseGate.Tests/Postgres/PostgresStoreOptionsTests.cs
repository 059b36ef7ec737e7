using Microsoft.Extensions.Configuration;
using ReleaseGate.Indexing;
using ReleaseGate.Postgres.Indexing;

namespace ReleaseGate.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreOptionsTests(PostgresCluster cluster)
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_connection_string_is_read_from_ConnectionStrings_in_configuration()
    {
        var index = cluster.NewIndexName();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Search"] = cluster.ConnectionString })
            .Build();

        await using var store = await PostgresIndexStore.OpenAsync(
            configuration, new PostgresIndexStoreOptions { Index = index, ConnectionStringName = "Search" });

        Assert.Equal("releasegate_" + index, store.SchemaName);
        Assert.Equal(0, (await store.GetInfoAsync()).Documents);
    }

    [Fact]
    public async Task A_configuration_without_the_connection_string_is_an_RG3603_naming_the_key()
    {
        var configuration = new ConfigurationBuilder().Build();

        var error = await Assert.ThrowsAsync<ReleaseGateException>(() => PostgresIndexStore.OpenAsync(configuration));

        Assert.Equal(ReleaseGateErrorCodes.PostgresConnectionStringInvalid, error.Code);
        Assert.Contains("ConnectionStrings:ReleaseGate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_operations_use_their_own_command_timeout_and_queries_keep_the_connection_strings()
    {
        var options = new PostgresIndexStoreOptions
        {
            Index = cluster.NewIndexName(),
            LongOperationTimeout = TimeSpan.FromMinutes(45),
        };
        await using var store = await PostgresIndexStore.OpenAsync(cluster.ConnectionString + ";Command Timeout=7", options);

        await using var query = await store.OpenConnectionAsync(CancellationToken.None);
        await using var bulk = await store.OpenLongConnectionAsync(CancellationToken.None);

        Assert.Equal((7, 2700), (query.CommandTimeout, bulk.CommandTimeout));
    }

    [Fact]
    public async Task A_document_with_a_NUL_character_is_an_RG3604_naming_it_and_nothing_of_the_batch_is_written()
    {
        await using var store = await PostgresIndexStore.OpenAsync(cluster.ConnectionString, cluster.NewIndexName());
        var good = Doc("good.md", "fine text");
        var bad = Doc("bad.md", "binary\0junk");

        var error = await Assert.ThrowsAsync<ReleaseGateException>(() => store.ReplaceDocumentsAsync([good, bad]));

        Assert.Equal(ReleaseGateErrorCodes.PostgresTextHasNul, error.Code);
        Assert.Contains("'bad.md'", error.Message, StringComparison.Ordinal);
        Assert.Contains("chunk 0", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await store.GetInfoAsync()).Documents);
    }

    [Fact]
    public async Task A_search_sees_a_write_made_through_another_store_instance()
    {
        var index = cluster.NewIndexName();
        await using var reader = await PostgresIndexStore.OpenAsync(cluster.ConnectionString, index);
        await using var writer = await PostgresIndexStore.OpenAsync(cluster.ConnectionString, index);
        await writer.ReplaceDocumentsAsync([Doc("a.md", "a", [1, 0, 0, 0])]);
        Assert.Equal(["a.md"], (await reader.SearchAsync(Query([1, 0, 0, 0]))).Select(h => h.DocumentId));

        await writer.ReplaceDocumentsAsync([Doc("b.md", "b", [1, 0.1f, 0, 0])]);
        await writer.ReplaceDocumentsAsync([Doc("a.md", "a moved", [0, 1, 0, 0])]);

        var hits = await reader.SearchAsync(Query([1, 0, 0, 0]));
        Assert.Equal(["b.md", "a.md"], hits.Select(h => h.DocumentId));
        Assert.Equal("a moved", hits[1].Text);
    }

    private static DocumentRecord Doc(string id, string text, float[]? vector = null) =>
        new(id, null, "h-" + id, "fp", new Dictionary<string, string>(), T0, null,
            [new ChunkRecord(0, text, vector ?? [1, 0, 0, 0])]);

    private static VectorQuery Query(float[] vector) => new(vector, 5, "fp", T0, null);
}
