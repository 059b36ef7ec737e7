using System.Globalization;

namespace ReleaseGate.Releases;

/// <summary>The wording shared by decision reasons and reports, so numbers read the same everywhere.</summary>
internal static class DecisionText
{
    public static string Number(double value) => value.ToString("0.00##", CultureInfo.InvariantCulture);

    public static string Signed(double value) => value.ToString("+0.00##;-0.00##;0.00", CultureInfo.InvariantCulture);

    public static string Percent(double confidence) =>
        (confidence * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public static string Examples(IEnumerable<string> ids, int max = 3)
    {
        var list = ids.ToList();
        var shown = string.Join(", ", list.Take(max));
        return list.Count > max
            ? string.Create(CultureInfo.InvariantCulture, $"{shown} and {list.Count - max} more")
            : shown;
    }

    public static string CasesClause(IReadOnlyList<CaseFlip> newlyFailing)
    {
        if (newlyFailing.Count == 0)
        {
            return string.Empty;
        }

        var noun = newlyFailing.Count == 1 ? "case newly fails" : "cases newly fail";
        return $"; {newlyFailing.Count.ToString(CultureInfo.InvariantCulture)} {noun}, " +
               $"e.g. {Examples(newlyFailing.Select(f => f.CaseId))}";
    }

    public static string Flip(CaseFlip flip) =>
        $"{flip.CaseId} ({Number(flip.BaselineScore)} -> {Number(flip.CandidateScore)})";

    /// <summary>How the intervals were computed, for the reports' provenance line.</summary>
    public static string IntervalMethod(CanaryDecision d) =>
        d.Metrics.Any(m => m.IntervalMethod == Releases.IntervalMethod.Normal)
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"normal interval of the paired differences (more than {d.Policy.BootstrapMaxCases} paired cases)")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"paired bootstrap with {d.Policy.BootstrapResamples} resamples, seed {d.Policy.Seed}");

    public static string ShortHash(string sha256) => sha256.Length > 12 ? sha256[..12] : sha256;
}
