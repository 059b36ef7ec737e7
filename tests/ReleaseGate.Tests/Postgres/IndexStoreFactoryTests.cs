using ReleaseGate.Indexing;
using ReleaseGate.Postgres;
using ReleaseGate.Postgres.Indexing;
using ReleaseGate.Tests.Indexing;

namespace ReleaseGate.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class IndexStoreFactoryTests(PostgresCluster cluster) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_connection_string_opens_postgres_and_a_path_opens_sqlite()
    {
        await using var postgres = await IndexStoreFactory.OpenAsync(cluster.ConnectionString, cluster.NewIndexName());
        await using var sqlite = await IndexStoreFactory.OpenAsync(_folder.File("index.db"));

        Assert.IsType<PostgresIndexStore>(postgres);
        Assert.IsType<SqliteIndexStore>(sqlite);
    }

    [Theory]
    [InlineData("postgres://app@db/rag", true)]
    [InlineData("postgresql://app@db:5433/rag", true)]
    [InlineData("Host=db;Database=rag", true)]
    [InlineData("Database=rag;Host=db", true)]
    [InlineData("index.db", false)]
    [InlineData("/var/lib/rag/Host=weird.db", false)]
    public void Recognizes_postgres_values(string value, bool expected) =>
        Assert.Equal(expected, PostgresConnectionString.Recognizes(value));

    public void Dispose() => _folder.Dispose();
}
