using System.Numerics.Tensors;
using ReleaseGate.Indexing;

namespace ReleaseGate.Bench.Index;

/// <summary>
/// Exact top-10 search over every stored vector against a plain scalar loop, and against the memory-bandwidth
/// floor: one pass summing every stored element.
/// </summary>
internal static class SearchBench
{
    public static async Task RunAsync(BenchCorpus corpus)
    {
        var random = new Random(7);
        var query = Enumerable.Range(0, BenchCorpus.Dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        TensorPrimitives.Divide(query, TensorPrimitives.Norm(query), query);
        var vectorQuery = new VectorQuery(query, 10, corpus.Index.Fingerprint.Value, DateTimeOffset.UtcNow, null);

        var hits = await corpus.Store.SearchAsync(vectorQuery);
        var expected = ScalarTop(corpus.Vectors, query, 10);
        if (Math.Abs(hits[0].Score - expected) > 1e-4)
        {
            throw new InvalidOperationException($"search and the scalar loop disagree: {hits[0].Score} vs {expected}");
        }

        var search = await Measure.MedianAsync(15, () => corpus.Store.SearchAsync(vectorQuery));
        var scalar = Measure.Median(15, () => ScalarTop(corpus.Vectors, query, 10));
        var floor = Measure.Median(15, () => TensorPrimitives.Sum(corpus.Vectors));
        var size = $"{corpus.Count:N0} x {BenchCorpus.Dimensions}";
        Measure.Report($"search {size}, top 10", "SearchAsync", search, "plain scalar loop", scalar);
        Measure.Report($"search {size}, top 10", "SearchAsync", search, "one pass summing every element", floor, goal: 2.0);
    }

    // The obvious implementation: a scalar dot product per row and a sorted list of the best scores.
    private static float ScalarTop(float[] vectors, float[] query, int top)
    {
        var best = new List<float>();
        var dimensions = query.Length;
        for (var row = 0; row < vectors.Length / dimensions; row++)
        {
            var dot = 0f;
            for (var d = 0; d < dimensions; d++)
            {
                dot += vectors[(row * dimensions) + d] * query[d];
            }

            if (best.Count < top || dot > best[^1])
            {
                best.Add(dot);
                best.Sort((a, b) => b.CompareTo(a));
                if (best.Count > top)
                {
                    best.RemoveAt(top);
                }
            }
        }

        return best[0];
    }
}
