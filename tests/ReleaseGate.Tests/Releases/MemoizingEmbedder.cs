using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace ReleaseGate.Tests.Releases;

/// <summary>
/// Embeds each distinct text once and answers repeats from memory, so several indexes and searches over the same
/// texts cost one model pass; <see cref="EmbeddedTexts"/> counts the texts the model really saw.
/// </summary>
internal sealed class MemoizingEmbedder(IEmbeddingGenerator<string, Embedding<float>> inner)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    private readonly ConcurrentDictionary<string, Embedding<float>> _known = new(StringComparer.Ordinal);
    private int _embedded;

    public int EmbeddedTexts => _embedded;

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var texts = values.ToList();
        var missing = texts.Where(t => !_known.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var fresh = await base.GenerateAsync(missing, options, cancellationToken);
            for (var i = 0; i < missing.Count; i++)
            {
                _known[missing[i]] = fresh[i];
            }

            Interlocked.Add(ref _embedded, missing.Count);
        }

        return new GeneratedEmbeddings<Embedding<float>>(texts.Select(t => _known[t]));
    }
}
