using Microsoft.Extensions.Logging;
using ReleaseGate.Indexing;
using ReleaseGate.Postgres.Indexing;

namespace ReleaseGate.Postgres;

/// <summary>
/// Opens the index store a <c>--store</c> value names: a PostgreSQL connection string (<c>postgres://...</c> or
/// <c>Host=...</c>) opens a <see cref="PostgresIndexStore"/>, anything else is a SQLite file path.
/// </summary>
public static class IndexStoreFactory
{
    /// <summary>Opens the store, creating it on first use.</summary>
    /// <param name="store">A PostgreSQL connection string or a SQLite file path.</param>
    /// <param name="index">The index name inside a PostgreSQL database; ignored for a SQLite file.</param>
    /// <param name="logger">Receives the PostgreSQL store's start-up line.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="ReleaseGateException">The store cannot be opened; the code says why.</exception>
    public static async Task<IIndexStore> OpenAsync(
        string store, string index = "default", ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(store);
        return PostgresConnectionString.Recognizes(store)
            ? await PostgresIndexStore.OpenAsync(store, index, logger, cancellationToken).ConfigureAwait(false)
            : await SqliteIndexStore.OpenAsync(store, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
