namespace ReleaseGate.Tests.Postgres;

/// <summary>Every PostgreSQL test shares one cluster per test run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}
