using System.Numerics.Tensors;
using System.Runtime.InteropServices;
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
        var builder = new Builder(version, fingerprint, dimensions);
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText =
                "SELECT id, source_uri, metadata, expires_at FROM documents WHERE fingerprint = $f ORDER BY id";
            command.Parameters.AddWithValue("$f", fingerprint);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                builder.AddDocument(
                    reader.GetString(0),
                    reader.IsDBNull(1) ? null : reader.GetString(1),
                    reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetInt64(3));
            }
        }

        var buffer = new float[dimensions];
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT document_id, ordinal, vector FROM chunks ORDER BY document_id, ordinal";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var blob = (byte[])reader.GetValue(2);
                if (blob.Length == dimensions * sizeof(float))
                {
                    VectorCodec.DecodeInto(blob, buffer);
                    builder.AddChunk(reader.GetString(0), reader.GetInt32(1), buffer);
                }
            }
        }

        return builder.Build();
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

    /// <summary>
    /// Collects a store's documents (in id order) and then its chunks (in any order); any store that feeds it the
    /// same rows gets the same cache, and so the same hits in the same order.
    /// </summary>
    internal sealed class Builder(long version, string fingerprint, int dimensions)
    {
        private readonly List<CachedDocument> _documents = [];
        private readonly Dictionary<string, int> _documentIndex = new(StringComparer.Ordinal);
        private readonly List<float> _vectors = [];
        private readonly List<int> _rowDocument = [];
        private readonly List<int> _rowOrdinal = [];
        private readonly List<long> _rowExpires = [];

        public void AddDocument(string id, string? sourceUri, string metadataJson, long? expiresAtMs)
        {
            var metadata = JsonSerializer.Deserialize<Dictionary<string, string>>(metadataJson) ?? [];
            _documentIndex[id] = _documents.Count;
            _documents.Add(new CachedDocument(
                id, sourceUri is null ? null : new Uri(sourceUri), metadata, expiresAtMs ?? long.MaxValue));
        }

        /// <summary>Adds a chunk of a document added before; chunks of other documents are skipped.</summary>
        /// <param name="documentId">The chunk's document.</param>
        /// <param name="ordinal">The chunk's ordinal.</param>
        /// <param name="vector">Its vector of the cache's dimensions; it is normalized in place.</param>
        public void AddChunk(string documentId, int ordinal, Span<float> vector)
        {
            if (!_documentIndex.TryGetValue(documentId, out var document))
            {
                return;
            }

            var norm = TensorPrimitives.Norm(vector);
            if (norm > 0)
            {
                TensorPrimitives.Divide(vector, norm, vector);
            }

            _vectors.AddRange(vector);
            _rowDocument.Add(document);
            _rowOrdinal.Add(ordinal);
            _rowExpires.Add(_documents[document].ExpiresAtMs);
        }

        /// <summary>
        /// The cache, its rows in document and ordinal order whatever order the chunks came in, so equal scores
        /// rank the same way in every store.
        /// </summary>
        public VectorCache Build()
        {
            var count = _rowDocument.Count;
            var keys = new long[count];
            var order = new int[count];
            for (var row = 0; row < count; row++)
            {
                keys[row] = ((long)_rowDocument[row] << 32) | (uint)_rowOrdinal[row];
                order[row] = row;
            }

            Array.Sort(keys, order);
            var source = CollectionsMarshal.AsSpan(_vectors);
            var vectors = new float[source.Length];
            var rowDocument = new int[count];
            var rowOrdinal = new int[count];
            var rowExpires = new long[count];
            for (var row = 0; row < count; row++)
            {
                var from = order[row];
                source.Slice(from * dimensions, dimensions).CopyTo(vectors.AsSpan(row * dimensions, dimensions));
                rowDocument[row] = _rowDocument[from];
                rowOrdinal[row] = _rowOrdinal[from];
                rowExpires[row] = _rowExpires[from];
            }

            return new(version, fingerprint, dimensions, vectors, rowDocument, rowOrdinal, rowExpires, [.. _documents]);
        }
    }

    internal sealed record CachedDocument(
        string Id, Uri? SourceUri, IReadOnlyDictionary<string, string> Metadata, long ExpiresAtMs);
}
