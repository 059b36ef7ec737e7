using System.Globalization;

namespace ReleaseGate.Indexing;

/// <summary>
/// Everything in the pipeline that changes what a record holds: the embedding model and its dimensions, the
/// chunker settings, the redaction policy and the store schema. Records built by a different fingerprint are
/// stale even when their source text did not change.
/// </summary>
/// <param name="ModelId">The embedding model id.</param>
/// <param name="Dimensions">The vector length the model produces.</param>
/// <param name="ChunkerSettings">The chunker's <see cref="ITextChunker.Settings"/>.</param>
/// <param name="Redaction">The redaction policy's <see cref="RedactionPolicy.Name"/>.</param>
/// <param name="SchemaVersion">The store schema version the records were written with.</param>
public sealed record PipelineFingerprint(
    string ModelId, int Dimensions, string ChunkerSettings, string Redaction, int SchemaVersion)
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The canonical, human-readable form stored with every record and compared for staleness.</summary>
    public string Value => string.Create(
        CultureInfo.InvariantCulture,
        $"model={ModelId};dims={Dimensions};chunker={ChunkerSettings};redaction={Redaction};schema={SchemaVersion}");

    /// <inheritdoc />
    public override string ToString() => Value;
}
