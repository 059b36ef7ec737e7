using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ReleaseGate.Indexing;

/// <summary>The row-level statements of <see cref="SqliteIndexStore"/>, run inside the caller's transaction.</summary>
internal static class SqliteWrites
{
    private const string UpsertDocumentSql = """
        INSERT INTO documents(id, source_uri, content_hash, fingerprint, metadata, indexed_at, expires_at)
        VALUES ($id, $uri, $hash, $fingerprint, $metadata, $indexed, $expires)
        ON CONFLICT(id) DO UPDATE SET source_uri = excluded.source_uri, content_hash = excluded.content_hash,
            fingerprint = excluded.fingerprint, metadata = excluded.metadata, indexed_at = excluded.indexed_at,
            expires_at = excluded.expires_at
        """;

    public static void Replace(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<DocumentRecord> documents)
    {
        using var upsert = SqliteIndexStore.Command(connection, transaction, UpsertDocumentSql);
        using var retire = SqliteIndexStore.Command(
            connection, transaction, "DELETE FROM chunks WHERE document_id = $id AND ordinal >= $count");
        using var write = SqliteIndexStore.Command(
            connection,
            transaction,
            "INSERT OR REPLACE INTO chunks(document_id, ordinal, text, vector) VALUES ($id, $ordinal, $text, $vector)");
        var retireId = retire.Parameters.Add("$id", SqliteType.Text);
        var retireCount = retire.Parameters.Add("$count", SqliteType.Integer);
        var writeId = write.Parameters.Add("$id", SqliteType.Text);
        var ordinal = write.Parameters.Add("$ordinal", SqliteType.Integer);
        var text = write.Parameters.Add("$text", SqliteType.Text);
        var vector = write.Parameters.Add("$vector", SqliteType.Blob);
        foreach (var document in documents)
        {
            BindDocument(upsert, document);
            upsert.ExecuteNonQuery();

            // New chunks overwrite the old ones position by position, then the old tail is retired; the
            // transaction makes the swap all-or-nothing.
            writeId.Value = document.Id;
            foreach (var chunk in document.Chunks)
            {
                ordinal.Value = chunk.Ordinal;
                text.Value = chunk.Text;
                vector.Value = VectorCodec.Encode(chunk.Vector.Span);
                write.ExecuteNonQuery();
            }

            retireId.Value = document.Id;
            retireCount.Value = document.Chunks.Count;
            retire.ExecuteNonQuery();
        }
    }

    public static int Delete(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> ids)
    {
        using var chunks = SqliteIndexStore.Command(connection, transaction, "DELETE FROM chunks WHERE document_id = $id");
        using var document = SqliteIndexStore.Command(connection, transaction, "DELETE FROM documents WHERE id = $id");
        var chunkId = chunks.Parameters.Add("$id", SqliteType.Text);
        var documentId = document.Parameters.Add("$id", SqliteType.Text);
        var deleted = 0;
        foreach (var id in ids)
        {
            chunkId.Value = id;
            documentId.Value = id;
            chunks.ExecuteNonQuery();
            deleted += document.ExecuteNonQuery();
        }

        return deleted;
    }

    public static DocumentRecord? Read(SqliteConnection connection, SqliteTransaction transaction, string id)
    {
        using var select = SqliteIndexStore.Command(
            connection,
            transaction,
            "SELECT source_uri, content_hash, fingerprint, metadata, indexed_at, expires_at FROM documents WHERE id = $id");
        select.Parameters.AddWithValue("$id", id);
        using var row = select.ExecuteReader();
        if (!row.Read())
        {
            return null;
        }

        using var chunkSelect = SqliteIndexStore.Command(
            connection, transaction, "SELECT ordinal, text, vector FROM chunks WHERE document_id = $id ORDER BY ordinal");
        chunkSelect.Parameters.AddWithValue("$id", id);
        using var chunkRows = chunkSelect.ExecuteReader();
        var chunks = new List<ChunkRecord>();
        while (chunkRows.Read())
        {
            var vector = VectorCodec.Decode((byte[])chunkRows.GetValue(2));
            chunks.Add(new ChunkRecord(chunkRows.GetInt32(0), chunkRows.GetString(1), vector));
        }

        return new DocumentRecord(
            id,
            row.IsDBNull(0) ? null : new Uri(row.GetString(0)),
            row.GetString(1),
            row.GetString(2),
            JsonSerializer.Deserialize<Dictionary<string, string>>(row.GetString(3)) ?? [],
            SqliteIndexStore.FromMs(row.GetInt64(4)),
            row.IsDBNull(5) ? null : SqliteIndexStore.FromMs(row.GetInt64(5)),
            chunks);
    }

    private static void BindDocument(SqliteCommand upsert, DocumentRecord document)
    {
        upsert.Parameters.Clear();
        upsert.Parameters.AddWithValue("$id", document.Id);
        upsert.Parameters.AddWithValue("$uri", (object?)document.SourceUri?.ToString() ?? DBNull.Value);
        upsert.Parameters.AddWithValue("$hash", document.ContentHash);
        upsert.Parameters.AddWithValue("$fingerprint", document.Fingerprint);
        upsert.Parameters.AddWithValue("$metadata", JsonSerializer.Serialize(document.Metadata));
        upsert.Parameters.AddWithValue("$indexed", document.IndexedAt.ToUnixTimeMilliseconds());
        upsert.Parameters.AddWithValue("$expires", ToDb(document.ExpiresAt));
    }

    private static object ToDb(DateTimeOffset? instant) =>
        instant is { } value ? value.ToUnixTimeMilliseconds() : DBNull.Value;
}
