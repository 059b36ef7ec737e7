using ReleaseGate.Privacy.Credentials;

namespace ReleaseGate.Privacy.Scanning;

/// <summary>
/// Runs the shared credential catalog over the windows the scanner hands it: the few positions before each
/// <see cref="CredentialAnchors">anchor character</see>. Positions are tried in increasing order and a match
/// resumes where the catalog says, exactly as <see cref="CredentialMatcher.Scan(string)"/> does over every
/// position; the positions skipped cannot start a prefix, because every prefix holds its anchor.
/// </summary>
internal static class CredentialFinder
{
    /// <summary>
    /// Tries every position from <paramref name="from"/> through <paramref name="last"/> and returns the first
    /// position still to try: past <paramref name="last"/>, or further when a match ends later.
    /// </summary>
    public static int FindInWindow(string text, int from, int last, List<PiiFinding> findings)
    {
        var i = from;
        while (i <= last)
        {
            if (CredentialMatcher.TryMatchAt(text, i, text.Length, out var match))
            {
                findings.Add(new PiiFinding(PiiKind.Credential, match.Start, match.Length, match.Rule.Id));
                i = Math.Max(match.ResumeAt, i + 1);
            }
            else
            {
                i++;
            }
        }

        return i;
    }
}
