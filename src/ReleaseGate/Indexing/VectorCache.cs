using System.Numerics.Tensors;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ReleaseGate.Indexing;

/// <summary>
/// Every comparable vector of a store in one contiguous, unit-length array, so an exact search is a single
/// sequential pass at memory speed. It is a copy of the store at one change counter and is rebuilt when the
/// counter moves, whichever process wrote.
/// </summary>
internal sealed class VectorCache
{
    private readonly float[] _vectors;
    private readonly int[] _rowDocument;
    private readonly int[] _rowOrdinal;
    private readonly long[] _rowExpires;
    private readonly CachedDocument[] _documents;

    private VectorCache(
        long version, string fingerprint, int dimensions, float[] vectors, int[] rowDocument, int[] rowOrdinal,
        long[] rowExpires, CachedDocument[] documents)
    {
        Version = version;
        Fingerprint = fingerprint;
        Dimensions = dimensions;
        _vectors = vectors;
        _rowDocument = rowDocument;
        _rowOrdinal = rowOrdinal;
        _rowExpires = rowExpires;
        _documents = documents;
    }

    public long Version { get; }

    public string Fingerprint { get; }

    public int Dimensions { get; }

    public static VectorCache Load(
        SqliteConnection connection, SqliteTransaction transaction, long version, string fingerprint, int dimensions)
    {
        var documents = new List<CachedDocument>();
        var documentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText =
                "SELECT id, source_uri, metadata, expires_at FROM documents WHERE fingerprint = $f ORDER BY id";
            command.Parameters.AddWithValue("$f", fingerprint);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetString(0);
                var uri = reader.IsDBNull(1) ? null : new Uri(reader.GetString(1));
                var metadata = JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(2)) ?? [];
                var expires = reader.IsDBNull(3) ? long.MaxValue : reader.GetInt64(3);
                documentIndex[id] = documents.Count;
                documents.Add(new CachedDocument(id, uri, metadata, expires));
            }
        }

        var vectors = new List<float>();
        var rowDocument = new List<int>();
        var rowOrdinal = new List<int>();
        var rowExpires = new List<long>();
        var buffer = new float[dimensions];
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT document_id, ordinal, vector FROM chunks ORDER BY document_id, ordinal";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var blob = (byte[])reader.GetValue(2);
                if (!documentIndex.TryGetValue(reader.GetString(0), out var document)
                    || blob.Length != dimensions * sizeof(float))
                {
                    continue;
                }

                VectorCodec.DecodeInto(blob, buffer);
                var norm = TensorPrimitives.Norm(buffer);
                if (norm > 0)
                {
                    TensorPrimitives.Divide(buffer, norm, buffer);
                }

                vectors.AddRange(buffer);
                rowDocument.Add(document);
                rowOrdinal.Add(reader.GetInt32(1));
                rowExpires.Add(documents[document].ExpiresAtMs);
            }
        }

        return new VectorCache(
            version, fingerprint, dimensions, [.. vectors], [.. rowDocument], [.. rowOrdinal], [.. rowExpires],
            [.. documents]);
    }

    /// <summary>The best rows for a unit-length query, best first.</summary>
    public IReadOnlyList<(CachedDocument Document, int Ordinal, float Score)> Search(VectorQuery query)
    {
        var q = query.Vector.Span;
        var now = query.Now.ToUnixTimeMilliseconds();
        var allowed = query.Filter is { } filter
            ? Array.ConvertAll(_documents, d => filter.Matches(d.Id, d.Metadata))
            : null;

        // A min-heap of the best rows so far: its root is the one to beat.
        var best = new PriorityQueue<int, float>(query.Top + 1);
        var vectors = _vectors.AsSpan();
        for (var row = 0; row < _rowDocument.Length; row++)
        {
            if (_rowExpires[row] <= now || (allowed is not null && !allowed[_rowDocument[row]]))
            {
                continue;
            }

            var score = TensorPrimitives.Dot(vectors.Slice(row * Dimensions, Dimensions), q);
            if (best.Count < query.Top)
            {
                best.Enqueue(row, score);
            }
            else if (best.TryPeek(out _, out var worst) && score > worst)
            {
                best.DequeueEnqueue(row, score);
            }
        }

        var hits = new List<(CachedDocument, int, float)>(best.Count);
        while (best.TryDequeue(out var row, out var score))
        {
            hits.Add((_documents[_rowDocument[row]], _rowOrdinal[row], score));
        }

        hits.Reverse();
        return hits;
    }

    internal sealed record CachedDocument(
        string Id, Uri? SourceUri, IReadOnlyDictionary<string, string> Metadata, long ExpiresAtMs);
}
