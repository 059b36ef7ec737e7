namespace ReleaseGate.Build.Runner;

/// <summary>
/// Makes a passing candidate report the new baseline and keeps the previous baseline beside it as last-good
/// (<c>canary.baseline.json</c> → <c>canary.baseline.last-good.json</c>), each file replaced atomically.
/// </summary>
internal static class BaselinePromotion
{
    public static string LastGoodPath(string baseline)
    {
        var folder = Path.GetDirectoryName(baseline) ?? string.Empty;
        var name = Path.GetFileNameWithoutExtension(baseline) + ".last-good" + Path.GetExtension(baseline);
        return Path.Combine(folder, name);
    }

    /// <summary>Promotes the candidate; returns the last-good path.</summary>
    public static string Promote(string baseline, string candidate)
    {
        var lastGood = LastGoodPath(baseline);
        CopyAtomically(baseline, lastGood);
        CopyAtomically(candidate, baseline);
        return lastGood;
    }

    // A reader never sees a half-written baseline: the copy is completed beside the target, then renamed over it.
    private static void CopyAtomically(string source, string destination)
    {
        var temporary = destination + ".tmp-" + Environment.ProcessId;
        try
        {
            File.Copy(source, temporary, overwrite: true);
            File.Move(temporary, destination, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
