using ReleaseGate.Indexing;
using ReleaseGate.Postgres;
using ReleaseGate.Postgres.Indexing;

namespace ReleaseGate.Cli.Indexing;

/// <summary>Opens the store a <c>--store</c> value names (a SQLite file or a PostgreSQL connection string).</summary>
internal static class CliStores
{
    public static Task<IIndexStore> OpenAsync(
        string store, string index, bool createIfMissing, CancellationToken cancellationToken)
    {
        // A PostgreSQL index is a schema created on first use; only a SQLite file can be "missing".
        return IsPostgres(store)
            ? IndexStoreFactory.OpenAsync(store, index, cancellationToken: cancellationToken)
            : OpenSqliteAsync(store, createIfMissing, cancellationToken);
    }

    public static bool IsPostgres(string store) => PostgresConnectionString.Recognizes(store);

    /// <summary>Where the store is, for messages: the file path, or the server and schema without a password.</summary>
    public static string Describe(IIndexStore store) => store switch
    {
        SqliteIndexStore sqlite => sqlite.FilePath,
        PostgresIndexStore postgres => postgres.Location,
        _ => store.GetType().Name,
    };

    public static IIndexSnapshots Snapshots(IIndexStore store) => store switch
    {
        SqliteIndexStore sqlite => new SqliteSnapshots(sqlite),
        PostgresIndexStore postgres => new PostgresSnapshots(postgres),
        _ => throw new NotSupportedException($"{store.GetType().Name} has no snapshots."),
    };

    private static async Task<IIndexStore> OpenSqliteAsync(
        string store, bool createIfMissing, CancellationToken cancellationToken) =>
        await SqliteIndexStore.OpenAsync(store, createIfMissing, cancellationToken).ConfigureAwait(false);
}
