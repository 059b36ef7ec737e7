using System.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using ReleaseGate.Indexing;

namespace ReleaseGate.Postgres.Indexing;

/// <summary>
/// An index store in a PostgreSQL database, shared by any number of processes: one schema per index, every
/// multi-row change in one transaction under the index's advisory lock, and exact cosine search.
/// </summary>
/// <remarks>
/// Writers of one index (reindex, sweep, delete) take a transaction-scoped advisory lock, so two processes
/// never interleave their changes; readers never wait for it and, by PostgreSQL's snapshots, see each
/// document either as it was before a write or after it, never a mix. Vectors are stored with pgvector when
/// the <c>vector</c> extension is available when the index is created, and as <c>real[]</c> otherwise; then
/// each process searches a cached copy of the vectors, reloaded with one binary COPY whenever the index's change
/// counter has moved. Snapshots: <see cref="PostgresSnapshots"/>.
/// </remarks>
public sealed partial class PostgresIndexStore : IIndexStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _longDataSource;
    private readonly NpgsqlConnectionStringBuilder _settings;
    private readonly PostgresSchema _schema;
    private readonly PostgresSearchCache _searchCache;

    private PostgresIndexStore(
        NpgsqlDataSource dataSource, NpgsqlDataSource longDataSource, NpgsqlConnectionStringBuilder settings,
        PostgresSchema schema, PostgresVectorStorage storage)
    {
        _dataSource = dataSource;
        _longDataSource = longDataSource;
        _settings = settings;
        _schema = schema;
        VectorStorage = storage;
        Writes = new PostgresWrites(schema, storage);
        _searchCache = new PostgresSearchCache(schema);
        Reads = new PostgresReads(schema, storage);
        Location = Describe(settings, schema);
    }

    /// <summary>The server, database and schema of the index, for messages; never the password.</summary>
    public string Location { get; }

    /// <summary>The PostgreSQL schema that holds the index's tables.</summary>
    public string SchemaName => _schema.Name;

    /// <summary>How vectors are stored and searched.</summary>
    public PostgresVectorStorage VectorStorage { get; }

    /// <summary>Connects to an index, creating its schema on first use.</summary>
    /// <param name="connectionString">Npgsql keywords (<c>Host=...</c>) or a <c>postgres://</c> URI.</param>
    /// <param name="index">The index name: 1 to 40 lowercase letters, digits or '_'; its tables live in the
    /// schema <c>releasegate_INDEX</c>.</param>
    /// <param name="logger">Receives the start-up line saying how vectors are stored.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="ReleaseGateException">The connection string is invalid (RG3603), the server cannot be
    /// reached (RG3601) or refuses the connection (RG3602), or the schema is not a ReleaseGate index or is
    /// newer than this version reads (RG3003).</exception>
    public static Task<PostgresIndexStore> OpenAsync(
        string connectionString,
        string index = "default",
        ILogger? logger = null,
        CancellationToken cancellationToken = default)
    {
        return OpenAsync(
            connectionString, new PostgresIndexStoreOptions { Index = index, Logger = logger }, cancellationToken);
    }

    /// <summary>Connects to an index with the connection string <c>ConnectionStrings:NAME</c> of a
    /// configuration, creating its schema on first use.</summary>
    /// <param name="configuration">The configuration, such as an app's <c>appsettings.json</c>.</param>
    /// <param name="options">The index, timeouts and <see cref="PostgresIndexStoreOptions.ConnectionStringName"/>;
    /// default <c>ConnectionStrings:ReleaseGate</c> and the index <c>default</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="ReleaseGateException">RG3603 when the configuration has no such connection string,
    /// otherwise as <see cref="OpenAsync(string, PostgresIndexStoreOptions, CancellationToken)"/>.</exception>
    public static Task<PostgresIndexStore> OpenAsync(
        IConfiguration configuration,
        PostgresIndexStoreOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        options ??= new PostgresIndexStoreOptions();
        var connectionString = configuration.GetConnectionString(options.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw PostgresConnectionString.Missing($"ConnectionStrings:{options.ConnectionStringName}");
        }

        return OpenAsync(connectionString, options, cancellationToken);
    }

    /// <summary>Connects to an index, creating its schema on first use.</summary>
    /// <param name="connectionString">Npgsql keywords (<c>Host=...</c>) or a <c>postgres://</c> URI.</param>
    /// <param name="options">The index, the timeout of long operations and the logger.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="ReleaseGateException">The connection string is invalid (RG3603), the server cannot be
    /// reached (RG3601) or refuses the connection (RG3602), or the schema is not a ReleaseGate index or is
    /// newer than this version reads (RG3003).</exception>
    public static async Task<PostgresIndexStore> OpenAsync(
        string connectionString,
        PostgresIndexStoreOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.LongOperationTimeout, TimeSpan.Zero);
        var schema = PostgresSchema.ForIndex(options.Index);
        var settings = PostgresConnectionString.Parse(connectionString);
        var longSettings = new NpgsqlConnectionStringBuilder(settings.ConnectionString)
        {
            CommandTimeout = (int)Math.Ceiling(options.LongOperationTimeout.TotalSeconds),
        };
        var dataSource = NpgsqlDataSource.Create(settings);
        var longDataSource = NpgsqlDataSource.Create(longSettings);
        try
        {
            var location = Describe(settings, schema);
            PostgresVectorStorage storage;
            bool created;
            await using (var connection = await PostgresFailures.OpenAsync(dataSource, settings, cancellationToken)
                .ConfigureAwait(false))
            {
                (storage, created) = await schema.EnsureCreatedAsync(connection, location, cancellationToken)
                    .ConfigureAwait(false);
            }

            LogOpened(options.Logger ?? NullLogger.Instance, location, created ? "created" : "opened",
                storage == PostgresVectorStorage.Pgvector
                ? "pgvector 'vector' columns, exact cosine distance"
                : "real[] columns, exact cosine over a cached copy (the 'vector' extension is not installed)");
            return new PostgresIndexStore(dataSource, longDataSource, settings, schema, storage);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            await longDataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<StoreInfo> GetInfoAsync(CancellationToken cancellationToken = default)
    {
        return await ReadAsync(
            async (connection, transaction) =>
            {
                var version = await _schema.ReadMetaAsync(
                    connection, transaction, PostgresSchema.SchemaVersionKey, cancellationToken).ConfigureAwait(false);
                var fingerprint = await _schema.ReadMetaAsync(
                    connection, transaction, PostgresSchema.FingerprintKey, cancellationToken).ConfigureAwait(false);
                using var count = new NpgsqlCommand(
                    $"SELECT (SELECT count(*) FROM {_schema.Table("documents")}), " +
                    $"(SELECT count(*) FROM {_schema.Table("chunks")})",
                    connection,
                    transaction);
                using var reader = await count.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                return new StoreInfo(
                    Location, int.Parse(version ?? "0", System.Globalization.CultureInfo.InvariantCulture),
                    fingerprint, reader.GetInt64(0), reader.GetInt64(1));
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task SetFingerprintAsync(string fingerprint, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fingerprint);
        return WriteAsync(
            async (connection, transaction) =>
            {
                using var command = new NpgsqlCommand(
                    $"INSERT INTO {_schema.Table("meta")}(key, value) VALUES ($1, $2) " +
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    connection,
                    transaction);
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = PostgresSchema.FingerprintKey });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = fingerprint });
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, DocumentState>> GetDocumentStatesAsync(
        CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(
            $"SELECT id, content_hash, fingerprint, expires_at FROM {_schema.Table("documents")}", connection);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var states = new Dictionary<string, DocumentState>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetString(0);
            var expires = reader.IsDBNull(3) ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3));
            states[id] = new DocumentState(id, reader.GetString(1), reader.GetString(2), expires);
        }

        return states;
    }

    /// <inheritdoc />
    public Task ReplaceDocumentsAsync(
        IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return WriteAsync(
            async (connection, transaction) =>
            {
                await Writes.ReplaceAsync(connection, transaction, documents, cancellationToken).ConfigureAwait(false);
                return documents.Count;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> DeleteDocumentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return WriteAsync(
            (connection, transaction) => Writes.DeleteAsync(connection, transaction, [.. ids], cancellationToken),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> DeleteExpiredAsync(
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        return WriteAsync<IReadOnlyList<string>>(
            async (connection, transaction) =>
            {
                var expired = new List<string>();
                using (var select = new NpgsqlCommand(
                    $"SELECT id FROM {_schema.Table("documents")} WHERE expires_at <= $1 ORDER BY id",
                    connection,
                    transaction))
                {
                    select.Parameters.Add(new NpgsqlParameter<long> { TypedValue = now.ToUnixTimeMilliseconds() });
                    using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        expired.Add(reader.GetString(0));
                    }
                }

                await Writes.DeleteAsync(connection, transaction, [.. expired], cancellationToken).ConfigureAwait(false);
                return expired;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<DocumentRecord?> GetDocumentAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ReadAsync(
            (connection, transaction) => Reads.ReadDocumentAsync(connection, transaction, id, cancellationToken),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(
        VectorQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Top, 1);
        if (VectorStorage == PostgresVectorStorage.RealArray)
        {
            // Loading the cache after a change reads every vector, so it runs with the long-operation timeout.
            return await ReadAsync(
                (connection, transaction) => _searchCache.SearchAsync(connection, transaction, query, cancellationToken),
                cancellationToken,
                longOperation: true).ConfigureAwait(false);
        }

        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await Reads.SearchAsync(connection, query, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        await _longDataSource.DisposeAsync().ConfigureAwait(false);
        _searchCache.Dispose();
    }

    internal PostgresSchema Schema => _schema;

    internal PostgresWrites Writes { get; }

    internal PostgresReads Reads { get; }

    internal Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        PostgresFailures.OpenAsync(_dataSource, _settings, cancellationToken);

    /// <summary>A connection whose commands run with <see cref="PostgresIndexStoreOptions.LongOperationTimeout"/>.</summary>
    internal Task<NpgsqlConnection> OpenLongConnectionAsync(CancellationToken cancellationToken) =>
        PostgresFailures.OpenAsync(_longDataSource, _settings, cancellationToken);

    /// <summary>Deletes the index: its schema and everything in it. Other indexes are not touched.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the schema is gone.</returns>
    public async Task DropAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await PostgresSchema.ExecuteAsync(connection, null, $"DROP SCHEMA IF EXISTS {_schema.Quoted} CASCADE", cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a change in one transaction holding the index's writer lock, and moves the change counter that tells
    /// every process's search cache to reload.
    /// </summary>
    internal async Task<T> WriteAsync<T>(
        Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await using var connection = await OpenLongConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await PostgresSchema.LockAsync(connection, transaction, _schema.LockKey, cancellationToken).ConfigureAwait(false);
        var result = await write(connection, transaction).ConfigureAwait(false);
        await _schema.BumpChangeCounterAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return result;
    }

    /// <summary>Runs reads on one consistent snapshot of the database.</summary>
    internal async Task<T> ReadAsync<T>(
        Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> read, CancellationToken cancellationToken,
        bool longOperation = false)
    {
        await using var connection = await (longOperation
            ? OpenLongConnectionAsync(cancellationToken)
            : OpenConnectionAsync(cancellationToken)).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken)
            .ConfigureAwait(false);
        return await read(connection, transaction).ConfigureAwait(false);
    }

    private static string Describe(NpgsqlConnectionStringBuilder settings, PostgresSchema schema) =>
        $"postgresql://{settings.Host}:{settings.Port}/{settings.Database ?? settings.Username}?schema={schema.Name}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Index store {Location} {Action}; vectors: {Storage}.")]
    private static partial void LogOpened(ILogger logger, string location, string action, string storage);
}
