using ReleaseGate.Indexing;
using ReleaseGate.Postgres.Indexing;
using ReleaseGate.Tests.Indexing;

namespace ReleaseGate.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresIndexStoreContractTests(PostgresCluster cluster) : IndexStoreContract
{
    protected override async Task<IIndexStore> CreateStoreAsync() =>
        await PostgresIndexStore.OpenAsync(cluster.ConnectionString, cluster.NewIndexName());
}
