using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using ReleaseGate.Indexing;

namespace ReleaseGate.Postgres.Indexing;

/// <summary>
/// One PostgreSQL schema per index: its tables, its version and its vector storage, created on first use under
/// the index's advisory lock so two processes opening a new index at once create it once.
/// </summary>
internal sealed class PostgresSchema
{
    public const string SchemaVersionKey = "schema_version";
    public const string FingerprintKey = "fingerprint";
    public const string VectorStorageKey = "vector_storage";
    public const string ChangeCounterKey = "change_counter";

    private PostgresSchema(string name, long lockKey)
    {
        Name = name;
        Quoted = "\"" + name + "\"";
        LockKey = lockKey;
    }

    /// <summary>The schema name, such as <c>releasegate_default</c>.</summary>
    public string Name { get; }

    /// <summary>The schema name quoted for SQL.</summary>
    public string Quoted { get; }

    /// <summary>The advisory lock every writer of this index holds for its transaction.</summary>
    public long LockKey { get; }

    public static PostgresSchema ForIndex(string index)
    {
        var valid = index.Length is > 0 and <= 40
            && index[0] is >= 'a' and <= 'z'
            && index.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
        if (!valid)
        {
            throw new ArgumentException(
                $"The index name '{index}' is not valid: use 1 to 40 lowercase letters, digits or '_', " +
                "starting with a letter.",
                nameof(index));
        }

        var name = "releasegate_" + index;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("releasegate.index:" + name));
        return new PostgresSchema(name, BitConverter.ToInt64(hash, 0));
    }

    public string Table(string table) => Quoted + "." + table;

    public static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long key,
        CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = key });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the schema when it does not exist; otherwise checks it is an index this version reads.</summary>
    /// <returns>The vector storage of the index, and whether it was created now.</returns>
    public async Task<(PostgresVectorStorage Storage, bool Created)> EnsureCreatedAsync(
        NpgsqlConnection connection, string location, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await LockAsync(connection, transaction, LockKey, cancellationToken).ConfigureAwait(false);
        var tables = await ListTablesAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (tables.Count == 0)
        {
            var storage = await ChooseStorageAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, CreateSql(storage), cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return (storage, true);
        }

        if (!tables.Contains("meta") || !tables.Contains("documents") || !tables.Contains("chunks"))
        {
            throw NotAnIndex(location, $"its schema {Name} holds other tables ({string.Join(", ", tables)})");
        }

        var version = await ReadMetaAsync(connection, transaction, SchemaVersionKey, cancellationToken)
            .ConfigureAwait(false);
        if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw NotAnIndex(location, $"its schema {Name} records no index schema version");
        }

        if (number > PipelineFingerprint.CurrentSchemaVersion)
        {
            throw NotAnIndex(
                location,
                $"it was written with index schema {number}, newer than this version of ReleaseGate reads " +
                $"({PipelineFingerprint.CurrentSchemaVersion}); use a newer ReleaseGate");
        }

        var stored = await ReadMetaAsync(connection, transaction, VectorStorageKey, cancellationToken)
            .ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (stored == "vector" ? PostgresVectorStorage.Pgvector : PostgresVectorStorage.RealArray, false);
    }

    /// <summary>Moves the counter every committed change increments, so search caches know to reload.</summary>
    public async Task BumpChangeCounterAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(
            $"INSERT INTO {Table("meta")}(key, value) VALUES ('{ChangeCounterKey}', '1') " +
            "ON CONFLICT (key) DO UPDATE SET value = (meta.value::bigint + 1)::text",
            connection,
            transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The change counter, 0 for an index never written.</summary>
    public async Task<long> ReadChangeCounterAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var value = await ReadMetaAsync(connection, transaction, ChangeCounterKey, cancellationToken)
            .ConfigureAwait(false);
        return value is null ? 0 : long.Parse(value, CultureInfo.InvariantCulture);
    }

    public async Task<string?> ReadMetaAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string key, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand($"SELECT value FROM {Table("meta")} WHERE key = $1", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private string CreateSql(PostgresVectorStorage storage)
    {
        var vectorType = storage == PostgresVectorStorage.Pgvector ? "vector" : "real[]";
        var version = PipelineFingerprint.CurrentSchemaVersion.ToString(CultureInfo.InvariantCulture);

        // Ids compare bytewise (COLLATE "C") so ordering and prefixes match the SQLite store's ordinal rules.
        return $"""
            CREATE SCHEMA IF NOT EXISTS {Quoted};
            CREATE TABLE {Table("meta")}(key text PRIMARY KEY, value text NOT NULL);
            CREATE TABLE {Table("documents")}(
                id text COLLATE "C" PRIMARY KEY,
                source_uri text,
                content_hash text NOT NULL,
                fingerprint text NOT NULL,
                metadata jsonb NOT NULL,
                indexed_at bigint NOT NULL,
                expires_at bigint);
            CREATE INDEX documents_expires_at ON {Table("documents")}(expires_at) WHERE expires_at IS NOT NULL;
            CREATE TABLE {Table("chunks")}(
                document_id text COLLATE "C" NOT NULL,
                ordinal integer NOT NULL,
                text text NOT NULL,
                vector {vectorType} NOT NULL,
                norm real NOT NULL,
                PRIMARY KEY(document_id, ordinal));
            INSERT INTO {Table("meta")}(key, value) VALUES
                ('{SchemaVersionKey}', '{version}'), ('{VectorStorageKey}', '{vectorType}');
            """;
    }

    private static async Task<PostgresVectorStorage> ChooseStorageAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        using var available = new NpgsqlCommand(
            "SELECT installed_version IS NOT NULL, true FROM pg_available_extensions WHERE name = 'vector'",
            connection,
            transaction);
        bool? installed = null;
        using (var reader = await available.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                installed = reader.GetBoolean(0);
            }
        }

        if (installed is null)
        {
            return PostgresVectorStorage.RealArray;
        }

        if (installed == true)
        {
            return PostgresVectorStorage.Pgvector;
        }

        // Creating the extension needs privileges the user may not have; then the exact real[] path is used.
        await transaction.SaveAsync("extension", cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, transaction, "CREATE EXTENSION IF NOT EXISTS vector", cancellationToken)
                .ConfigureAwait(false);
            return PostgresVectorStorage.Pgvector;
        }
        catch (PostgresException)
        {
            await transaction.RollbackAsync("extension", cancellationToken).ConfigureAwait(false);
            return PostgresVectorStorage.RealArray;
        }
    }

    private async Task<HashSet<string>> ListTablesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = $1", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Name });
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var tables = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static ReleaseGateException NotAnIndex(string location, string why)
    {
        return new ReleaseGateException(
            ReleaseGateErrorCodes.NotAnIndexStore,
            $"{ReleaseGateErrorCodes.NotAnIndexStore}: the PostgreSQL store '{location}' cannot be used because " +
            $"{why}. Choose another index name, or point --store at another database; nothing was modified.",
            location);
    }
}
