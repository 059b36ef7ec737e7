using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ReleaseGate.Indexing;

/// <summary>What a snapshot file holds, read from the file itself (never from its manifest).</summary>
internal sealed record SnapshotContent(
    int SchemaVersion, string? Fingerprint, long Chunks, SortedDictionary<string, string> Hashes, string Integrity)
{
    /// <summary>Opens a snapshot read-only, without side files, and reads its content and integrity.</summary>
    public static async Task<SnapshotContent> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var integrity = string.Join("; ", Strings(connection, "PRAGMA integrity_check"));
        var version = Strings(connection, "SELECT value FROM meta WHERE key = 'schema_version'").SingleOrDefault();
        var fingerprint = Strings(connection, "SELECT value FROM meta WHERE key = 'fingerprint'").SingleOrDefault();
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using (var command = SqliteIndexStore.Command(connection, null, "SELECT id, content_hash FROM documents"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                hashes[reader.GetString(0)] = reader.GetString(1);
            }
        }

        using var count = SqliteIndexStore.Command(connection, null, "SELECT COUNT(*) FROM chunks");
        var chunks = (long)count.ExecuteScalar()!;
        return new SnapshotContent(
            int.Parse(version ?? "0", CultureInfo.InvariantCulture), fingerprint, chunks, hashes, integrity);
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = SqliteIndexStore.Command(connection, null, sql);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
