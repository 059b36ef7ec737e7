namespace ReleaseGate.Indexing;

/// <summary>Restricts a search to some documents.</summary>
/// <param name="IdPrefix">Only documents whose id starts with this (ordinal), or <see langword="null"/>.</param>
/// <param name="Metadata">Only documents whose metadata has every one of these key/value pairs, or
/// <see langword="null"/>.</param>
public sealed record SearchFilter(string? IdPrefix = null, IReadOnlyDictionary<string, string>? Metadata = null)
{
    /// <summary>Whether a document with this id and metadata passes the filter.</summary>
    /// <param name="id">The document id.</param>
    /// <param name="metadata">The document metadata.</param>
    /// <returns><see langword="true"/> when it passes.</returns>
    public bool Matches(string id, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(metadata);
        if (IdPrefix is not null && !id.StartsWith(IdPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        return Metadata is null || Metadata.All(pair =>
            metadata.TryGetValue(pair.Key, out var value) && string.Equals(value, pair.Value, StringComparison.Ordinal));
    }
}
