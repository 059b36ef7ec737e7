namespace ReleaseGate.Releases;

/// <summary>
/// The normal (Wald) interval of a weighted mean of paired differences, with the same plug-in variance the paired
/// bootstrap estimates: Σ wᵢ²(dᵢ − d̄)² / (Σ wᵢ)².
/// </summary>
/// <remarks>
/// With thousands of paired cases the bootstrap distribution of the mean is normal to well within the bootstrap's
/// own resampling noise, so this interval decides the same way at a cost of one pass over the cases instead of
/// resamples × cases random draws. It needs no seed, so it is reproducible by construction.
/// </remarks>
internal static class NormalInterval
{
    public static (double Lower, double Upper) Interval(
        IReadOnlyList<double> differences, IReadOnlyList<double> weights, double confidence)
    {
        var n = differences.Count;
        if (n == 0)
        {
            return (0, 0);
        }

        double weightSum = 0, weightedSum = 0;
        for (var i = 0; i < n; i++)
        {
            weightSum += weights[i];
            weightedSum += weights[i] * differences[i];
        }

        var mean = weightedSum / weightSum;
        double spread = 0;
        for (var i = 0; i < n; i++)
        {
            var deviation = weights[i] * (differences[i] - mean);
            spread += deviation * deviation;
        }

        var margin = StandardNormal.Quantile(1 - ((1 - confidence) / 2)) * Math.Sqrt(spread) / weightSum;
        return (mean - margin, mean + margin);
    }
}
