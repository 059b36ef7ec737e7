using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace ReleaseGate.Indexing;

/// <summary>
/// The embedded index store: one SQLite file in WAL mode, nothing to install. Every multi-row change runs
/// in one transaction. Searches run over an in-memory copy of the vectors that is refreshed whenever any
/// connection, in this process or another, has changed the file.
/// </summary>
public sealed class SqliteIndexStore : IIndexStore
{
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    private readonly string _connectionString;
    private readonly SemaphoreSlim _cacheLock = new(1, 1);
    private VectorCache? _cache;

    private SqliteIndexStore(string path)
    {
        FilePath = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = true,
        }.ToString();
    }

    /// <summary>The full path of the store file.</summary>
    public string FilePath { get; }

    /// <summary>Opens a store file, creating it with the index schema when it does not exist.</summary>
    /// <param name="path">The store file.</param>
    /// <param name="createIfMissing">When <see langword="false"/>, a missing file is an error.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="ReleaseGateException">The file is missing (RG3001), or is not a ReleaseGate index
    /// (RG3003).</exception>
    public static async Task<SqliteIndexStore> OpenAsync(
        string path, bool createIfMissing = true, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        await CheckFileAsync(fullPath, createIfMissing, cancellationToken).ConfigureAwait(false);
        var builder = new SqliteConnectionStringBuilder { DataSource = fullPath, Mode = SqliteOpenMode.ReadWriteCreate };
        try
        {
            using var connection = new SqliteConnection(builder.ToString());
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using (var wal = Command(connection, null, "PRAGMA journal_mode = WAL"))
            {
                wal.ExecuteNonQuery();
            }

            SqliteSchema.EnsureCreated(connection, fullPath);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26 or 11)
        {
            // SQLITE_NOTADB and SQLITE_CORRUPT: the header looked right but the file is not a usable database.
            throw SqliteSchema.NotAnIndex(fullPath, $"SQLite cannot read it ({ex.Message})", ex);
        }

        return new SqliteIndexStore(fullPath);
    }

    /// <inheritdoc />
    public async Task<StoreInfo> GetInfoAsync(CancellationToken cancellationToken = default)
    {
        using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: true);
        var version = int.Parse(
            ReadMeta(connection, transaction, SqliteSchema.SchemaVersionKey) ?? "0", CultureInfo.InvariantCulture);
        var fingerprint = ReadMeta(connection, transaction, SqliteSchema.FingerprintKey);
        var documents = Count(connection, transaction, "documents");
        var chunks = Count(connection, transaction, "chunks");
        return new StoreInfo(FilePath, version, fingerprint, documents, chunks);
    }

    /// <inheritdoc />
    public async Task SetFingerprintAsync(string fingerprint, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fingerprint);
        await WriteAsync(
            (connection, transaction) =>
            {
                using var command = Command(
                    connection, transaction, "INSERT OR REPLACE INTO meta(key, value) VALUES ($k, $v)");
                command.Parameters.AddWithValue("$k", SqliteSchema.FingerprintKey);
                command.Parameters.AddWithValue("$v", fingerprint);
                command.ExecuteNonQuery();
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, DocumentState>> GetDocumentStatesAsync(
        CancellationToken cancellationToken = default)
    {
        using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(
            connection, null, "SELECT id, content_hash, fingerprint, expires_at FROM documents");
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var states = new Dictionary<string, DocumentState>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetString(0);
            var expires = reader.IsDBNull(3) ? (DateTimeOffset?)null : FromMs(reader.GetInt64(3));
            states[id] = new DocumentState(id, reader.GetString(1), reader.GetString(2), expires);
        }

        return states;
    }

    /// <inheritdoc />
    public Task ReplaceDocumentsAsync(
        IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return WriteAsync((connection, transaction) => SqliteWrites.Replace(connection, transaction, documents), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteDocumentsAsync(
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var deleted = 0;
        await WriteAsync(
            (connection, transaction) => deleted = SqliteWrites.Delete(connection, transaction, ids),
            cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> DeleteExpiredAsync(
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var expired = new List<string>();
        await WriteAsync(
            (connection, transaction) =>
            {
                using (var select = Command(
                    connection, transaction, "SELECT id FROM documents WHERE expires_at <= $now ORDER BY id"))
                {
                    select.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
                    using var reader = select.ExecuteReader();
                    while (reader.Read())
                    {
                        expired.Add(reader.GetString(0));
                    }
                }

                SqliteWrites.Delete(connection, transaction, expired);
            },
            cancellationToken).ConfigureAwait(false);
        return expired;
    }

    /// <inheritdoc />
    public async Task<DocumentRecord?> GetDocumentAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: true);
        return SqliteWrites.Read(connection, transaction, id);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(
        VectorQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Top, 1);
        var cache = await GetCacheAsync(query.Fingerprint, query.Vector.Length, cancellationToken).ConfigureAwait(false);
        var rows = cache.Search(query);

        using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(
            connection, null, "SELECT text FROM chunks WHERE document_id = $d AND ordinal = $o");
        var document = command.Parameters.Add("$d", SqliteType.Text);
        var ordinal = command.Parameters.Add("$o", SqliteType.Integer);
        var hits = new List<SearchHit>(rows.Count);
        foreach (var (cached, chunk, score) in rows)
        {
            document.Value = cached.Id;
            ordinal.Value = chunk;

            // A writer may have replaced the document since the cache was read; such a row is skipped.
            if (command.ExecuteScalar() is string text)
            {
                hits.Add(new SearchHit(cached.Id, chunk, text, score, cached.SourceUri));
            }
        }

        return hits;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _cacheLock.Dispose();
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        return ValueTask.CompletedTask;
    }

    internal async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>
    /// Checkpoints the write-ahead log into the file and closes every pooled connection, so the file can be
    /// replaced. Fails when another process still holds the log open.
    /// </summary>
    internal async Task ReleaseFileAsync(CancellationToken cancellationToken)
    {
        using (var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        using (var checkpoint = Command(connection, null, "PRAGMA wal_checkpoint(TRUNCATE)"))
        {
            checkpoint.ExecuteNonQuery();
            SqliteConnection.ClearPool(connection);
        }

        _cache = null;
        var wal = new FileInfo(FilePath + "-wal");
        if (wal.Exists && wal.Length > 0)
        {
            throw new IOException(
                $"The store '{FilePath}' is in use by another process (its write-ahead log is not empty); " +
                "stop it and run the restore again. The store was not changed.");
        }
    }

    internal async Task UseWriteAheadLogAsync(CancellationToken cancellationToken)
    {
        using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var wal = Command(connection, null, "PRAGMA journal_mode = WAL");
        wal.ExecuteNonQuery();
    }

    internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    internal static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private static async Task CheckFileAsync(string path, bool createIfMissing, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            var folder = Path.GetDirectoryName(path)!;
            if (!createIfMissing || !Directory.Exists(folder))
            {
                var what = createIfMissing ? $"its folder '{folder}' does not exist" : "it does not exist";
                throw new ReleaseGateException(
                    ReleaseGateErrorCodes.PathNotFound,
                    $"{ReleaseGateErrorCodes.PathNotFound}: the store file '{path}' cannot be opened because {what}. " +
                    "Check the path, or build the index first with 'releasegate index build'.",
                    path);
            }

            return;
        }

        var header = new byte[SqliteHeader.Length];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            read = await stream.ReadAtLeastAsync(header, header.Length, false, cancellationToken).ConfigureAwait(false);
        }

        if (read > 0 && (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader)))
        {
            throw SqliteSchema.NotAnIndex(path, "it is not a SQLite database (its first bytes are not a SQLite header)");
        }
    }

    private async Task WriteAsync(
        Action<SqliteConnection, SqliteTransaction> write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);
        write(connection, transaction);
        using (var bump = Command(
            connection,
            transaction,
            $"UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = '{SqliteSchema.ChangeCounterKey}'"))
        {
            bump.ExecuteNonQuery();
        }

        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
    }

    private async Task<VectorCache> GetCacheAsync(string fingerprint, int dimensions, CancellationToken cancellationToken)
    {
        await _cacheLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            using var transaction = connection.BeginTransaction(deferred: true);
            var version = long.Parse(
                ReadMeta(connection, transaction, SqliteSchema.ChangeCounterKey) ?? "0", CultureInfo.InvariantCulture);
            if (_cache is { } cache && cache.Version == version && cache.Fingerprint == fingerprint
                && cache.Dimensions == dimensions)
            {
                return cache;
            }

            _cache = VectorCache.Load(connection, transaction, version, fingerprint, dimensions);
            return _cache;
        }
        finally
        {
            _cacheLock.Release();
        }
    }

    private static string? ReadMeta(SqliteConnection connection, SqliteTransaction transaction, string key)
    {
        using var command = Command(connection, transaction, "SELECT value FROM meta WHERE key = $k");
        command.Parameters.AddWithValue("$k", key);
        return command.ExecuteScalar() as string;
    }

    private static long Count(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        using var command = Command(connection, transaction, $"SELECT COUNT(*) FROM {table}");
        return (long)command.ExecuteScalar()!;
    }
}
