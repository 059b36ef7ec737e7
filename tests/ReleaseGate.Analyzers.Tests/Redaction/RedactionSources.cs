namespace ReleaseGate.Analyzers.Tests.Redaction;

/// <summary>
/// Declarations every redaction test compiles against: the library's attributes and redactor, a store with a
/// raw write path, and the shapes of the vector store and search clients the rule knows.
/// </summary>
public static class RedactionSources
{
    public const string Prelude = """

        namespace ReleaseGate.Privacy
        {
            [System.AttributeUsage(System.AttributeTargets.Parameter)]
            public sealed class RequiresRedactionAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class RedactsAttribute : System.Attribute { }

            public interface ITextRedactor { string Redact(string text); }
        }

        namespace ReleaseGate.Indexing
        {
            public interface IIndexStore
            {
                void Write(string id, [ReleaseGate.Privacy.RequiresRedaction] string text);
                System.Threading.Tasks.Task WriteAsync(
                    string id, [ReleaseGate.Privacy.RequiresRedaction] string text);
            }

            public sealed class RedactionPolicy
            {
                public static RedactionPolicy None { get; } = new();
                public static RedactionPolicy Default { get; } = new();
            }

            public sealed class KnowledgeIndex
            {
                public KnowledgeIndex(IIndexStore store, RedactionPolicy policy) { }
            }
        }

        namespace Microsoft.Extensions.VectorData
        {
            public abstract class VectorStoreCollection<TKey, TRecord>
            {
                public abstract System.Threading.Tasks.Task UpsertAsync(TRecord record);
                public abstract System.Threading.Tasks.Task UpsertAsync(
                    System.Collections.Generic.IEnumerable<TRecord> records);
            }
        }

        namespace Qdrant.Client.Grpc
        {
            public sealed class Value { public static implicit operator Value(string text) => new(); }
            public sealed class PointStruct
            {
                public ulong Id { get; set; }
                public float[] Vectors { get; set; } = [];
                public System.Collections.Generic.Dictionary<string, Value> Payload { get; } = new();
            }
        }

        namespace Qdrant.Client
        {
            public class QdrantClient
            {
                public System.Threading.Tasks.Task UpsertAsync(
                    string collectionName,
                    System.Collections.Generic.IReadOnlyList<Qdrant.Client.Grpc.PointStruct> points,
                    bool wait = true) => System.Threading.Tasks.Task.CompletedTask;
            }
        }

        namespace Azure.Search.Documents
        {
            public class SearchClient
            {
                public System.Threading.Tasks.Task UploadDocumentsAsync<T>(
                    System.Collections.Generic.IEnumerable<T> documents) => System.Threading.Tasks.Task.CompletedTask;
            }
        }

        namespace Elastic.Clients.Elasticsearch
        {
            public class ElasticsearchClient
            {
                public System.Threading.Tasks.Task IndexAsync<TDocument>(TDocument document, string index)
                    => System.Threading.Tasks.Task.CompletedTask;
            }
        }

        public sealed class Doc
        {
            public int Key { get; set; }
            public string Text { get; set; } = "";
            public System.ReadOnlyMemory<float> Vector { get; set; }
        }
        """;

    /// <summary>Test code first (its <c>using</c> directives must lead the file), then the declarations.</summary>
    public static string With(string code) => code + Prelude;
}
