using System.Runtime.CompilerServices;
using System.Text.Json;
using ReleaseGate.Indexing;

namespace SupportAssistant;

/// <summary>Documents from a JSON Lines file of passages: one object per line with "passage_id" and "text".</summary>
internal sealed class PassagesFileSource(string path) : IDocumentSource
{
    public string Description => path;

    public async IAsyncEnumerable<SourceDocument> ReadAllAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var number = 0;
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            if (!json.RootElement.TryGetProperty("passage_id", out var id) || !json.RootElement.TryGetProperty("text", out var text))
            {
                throw new InvalidDataException(
                    $"{path}, line {number}: a passage needs \"passage_id\" and \"text\"; fix the line or remove it.");
            }

            yield return new SourceDocument(id.GetString()!, text.GetString()!);
        }
    }
}
