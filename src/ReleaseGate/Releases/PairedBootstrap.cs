namespace ReleaseGate.Releases;

/// <summary>
/// The percentile bootstrap interval of a weighted mean of paired differences: cases are resampled with
/// replacement, each keeping its own baseline and candidate score together, so the interval reflects the
/// case-to-case noise the candidate and baseline share rather than the spread of each alone.
/// </summary>
internal static class PairedBootstrap
{
    public static (double Lower, double Upper) Interval(
        IReadOnlyList<double> differences, IReadOnlyList<double> weights, double confidence, int resamples, int seed)
    {
        var n = differences.Count;
        if (n == 0)
        {
            return (0, 0);
        }

        var weighted = new double[n];
        var w = new double[n];
        for (var i = 0; i < n; i++)
        {
            weighted[i] = weights[i] * differences[i];
            w[i] = weights[i];
        }

        // With no spread there is nothing to resample: every resample has the same mean.
        if (differences.All(d => d == differences[0]))
        {
            return (differences[0], differences[0]);
        }

        var random = new Random(seed);
        var means = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            double sum = 0, total = 0;
            for (var k = 0; k < n; k++)
            {
                var pick = random.Next(n);
                sum += weighted[pick];
                total += w[pick];
            }

            means[r] = sum / total;
        }

        Array.Sort(means);
        var tail = (1 - confidence) / 2;
        var low = (int)Math.Floor(tail * resamples);
        var high = Math.Min(resamples - 1, (int)Math.Ceiling((1 - tail) * resamples) - 1);
        return (means[low], means[high]);
    }

    /// <summary>A seed per metric that does not depend on the order metrics are listed in.</summary>
    public static int SeedFor(int policySeed, string metric)
    {
        // FNV-1a: string.GetHashCode is randomized per process, which would break reproducibility.
        var hash = 2166136261u;
        foreach (var c in metric)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return policySeed ^ (int)hash;
    }
}
