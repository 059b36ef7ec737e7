using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ReleaseGate.Indexing;

/// <summary>Creates the index schema in an empty database and recognizes it in an existing one.</summary>
internal static class SqliteSchema
{
    public const string SchemaVersionKey = "schema_version";
    public const string FingerprintKey = "fingerprint";
    public const string ChangeCounterKey = "change_counter";

    private const string CreateSql = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE documents(
            id TEXT PRIMARY KEY,
            source_uri TEXT,
            content_hash TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            metadata TEXT NOT NULL,
            indexed_at INTEGER NOT NULL,
            expires_at INTEGER) WITHOUT ROWID;
        CREATE INDEX documents_expires_at ON documents(expires_at) WHERE expires_at IS NOT NULL;
        CREATE TABLE chunks(
            document_id TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            text TEXT NOT NULL,
            vector BLOB NOT NULL,
            PRIMARY KEY(document_id, ordinal)) WITHOUT ROWID;
        INSERT INTO meta(key, value) VALUES ('change_counter', '0');
        """;

    /// <summary>Creates the schema when the database is empty; otherwise checks it is ours and not newer.</summary>
    public static void EnsureCreated(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction();
        var tables = ListTables(connection, transaction);
        if (tables.Count == 0)
        {
            Execute(connection, transaction, CreateSql);
            Execute(
                connection,
                transaction,
                $"INSERT INTO meta(key, value) VALUES ('{SchemaVersionKey}', '{PipelineFingerprint.CurrentSchemaVersion}')");
            transaction.Commit();
            return;
        }

        var version = tables.Contains("meta") ? ReadVersion(connection, transaction) : null;
        if (version is null || !tables.Contains("documents") || !tables.Contains("chunks"))
        {
            throw NotAnIndex(
                path,
                $"it is a SQLite database but not a ReleaseGate index (its tables: {string.Join(", ", tables)})");
        }

        if (version > PipelineFingerprint.CurrentSchemaVersion)
        {
            throw NotAnIndex(
                path,
                $"it was written with index schema {version}, newer than this version of ReleaseGate reads " +
                $"({PipelineFingerprint.CurrentSchemaVersion}); use a newer ReleaseGate");
        }
    }

    public static ReleaseGateException NotAnIndex(string path, string why, Exception? inner = null)
    {
        return new ReleaseGateException(
            ReleaseGateErrorCodes.NotAnIndexStore,
            $"{ReleaseGateErrorCodes.NotAnIndexStore}: the store file '{path}' cannot be used because {why}. " +
            "Point --store at an index file built by ReleaseGate, or at a new path to build one; " +
            "the file was not modified.",
            path,
            inner);
    }

    private static List<string> ListTables(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static int? ReadVersion(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT value FROM meta WHERE key = '{SchemaVersionKey}'";
        return command.ExecuteScalar() is string text
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : null;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
