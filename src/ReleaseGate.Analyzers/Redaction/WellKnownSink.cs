using System.Collections.Immutable;

namespace ReleaseGate.Analyzers.Redaction;

/// <summary>A vector store or search client write method whose record parameters must only carry redacted text.</summary>
internal sealed class WellKnownSink
{
    public WellKnownSink(string receiverMetadataName, string[] methodNames, string[] parameterNames)
    {
        ReceiverMetadataName = receiverMetadataName;
        MethodNames = ImmutableHashSet.Create(methodNames);
        ParameterNames = ImmutableHashSet.Create(parameterNames);
    }

    /// <summary>The type the method is called on; for an extension method, the type it extends.</summary>
    public string ReceiverMetadataName { get; }

    public ImmutableHashSet<string> MethodNames { get; }

    /// <summary>The parameters that receive records; others, such as a collection name, are not checked.</summary>
    public ImmutableHashSet<string> ParameterNames { get; }

    /// <summary>The client libraries the rule knows without any configuration.</summary>
    public static ImmutableArray<WellKnownSink> All { get; } = ImmutableArray.Create(
        new WellKnownSink(
            "Microsoft.Extensions.VectorData.VectorStoreCollection`2",
            new[] { "UpsertAsync" },
            new[] { "record", "records" }),
        new WellKnownSink(
            "Microsoft.Extensions.VectorData.IVectorStoreRecordCollection`2",
            new[] { "UpsertAsync", "UpsertBatchAsync" },
            new[] { "record", "records" }),
        new WellKnownSink(
            "Qdrant.Client.QdrantClient",
            new[] { "UpsertAsync" },
            new[] { "points" }),
        new WellKnownSink(
            "Azure.Search.Documents.SearchClient",
            new[]
            {
                "UploadDocuments", "UploadDocumentsAsync", "MergeDocuments", "MergeDocumentsAsync",
                "MergeOrUploadDocuments", "MergeOrUploadDocumentsAsync",
            },
            new[] { "documents" }),
        new WellKnownSink(
            "Azure.Search.Documents.Models.IndexDocumentsBatch",
            new[] { "Upload", "Merge", "MergeOrUpload" },
            new[] { "documents" }),
        new WellKnownSink(
            "Azure.Search.Documents.Models.IndexDocumentsAction",
            new[] { "Upload", "Merge", "MergeOrUpload" },
            new[] { "document" }),
        new WellKnownSink(
            "Elastic.Clients.Elasticsearch.ElasticsearchClient",
            new[] { "Index", "IndexAsync", "IndexMany", "IndexManyAsync" },
            new[] { "document", "documents" }));
}
