using System.Globalization;
using System.Text;
using ReleaseGate.Evaluation;

namespace ReleaseGate.Releases.Channel;

/// <summary>
/// Keeps a release channel in files beside each other: the state (<c>channel.json</c>), an append-only history
/// journal (<c>channel.json.history.jsonl</c>), a lock file (<c>channel.json.lock</c>) and the kept score reports
/// (<c>channel.json.reports/</c>).
/// </summary>
/// <remarks>
/// Every update takes the lock, appends its entry to the journal and flushes it to disk, then replaces the state
/// file atomically (temporary file, flush, rename). The journal is written first, so a crash between the two leaves
/// the journal one entry ahead, and the next update rolls the state forward from it. A state file that cannot be
/// read is never reset: <see cref="Read"/> throws <see cref="ReleaseStateCorruptException"/>, and
/// <see cref="RecoverFromJournal"/> rebuilds it.
/// </remarks>
public sealed class FileReleaseStateStore : IReleaseStateStore
{
    private readonly TimeSpan _lockTimeout;

    /// <summary>Creates a store for one state file.</summary>
    /// <param name="statePath">The state file; the others are named after it.</param>
    /// <param name="lockTimeout">How long to wait for another process's update; 30 seconds by default.</param>
    public FileReleaseStateStore(string statePath, TimeSpan? lockTimeout = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(statePath);
        StatePath = Path.GetFullPath(statePath);
        _lockTimeout = lockTimeout ?? TimeSpan.FromSeconds(30);
    }

    /// <summary>The state file.</summary>
    public string StatePath { get; }

    /// <summary>The append-only history journal.</summary>
    public string JournalPath => StatePath + ".history.jsonl";

    private string LockPath => StatePath + ".lock";

    private string ReportsDirectory => StatePath + ".reports";

    /// <inheritdoc />
    public ReleaseState Read()
    {
        var state = ReadStateFile();
        List<ReleaseHistoryEntry> journal;
        try
        {
            journal = ReadJournal(out _);
        }
        catch (FormatException ex)
        {
            throw new ReleaseStateCorruptException(
                StatePath,
                $"{ReleaseGateErrorCodes.ReleaseStateCorrupt}: {JournalPath} is damaged ({ex.Message}), but " +
                $"{StatePath} is intact. Move the journal aside; the next update rewrites it from the state.",
                ex);
        }

        if (journal.Count <= state.History.Count)
        {
            return state;
        }

        // The journal is written first, so a crash can leave it ahead of the state: roll forward.
        return IsPrefix(state.History, journal)
            ? Rebuild(journal)
            : throw Corrupt("the state file and its history journal disagree");
    }

    /// <inheritdoc />
    public ReleaseState Update(Func<ReleaseState, ReleaseHistoryEntry?> decide)
    {
        ArgumentNullException.ThrowIfNull(decide);
        Directory.CreateDirectory(Path.GetDirectoryName(StatePath)!);
        using var held = FileLock.Acquire(LockPath, _lockTimeout);

        var state = Read();
        var entry = decide(state);
        if (entry is null)
        {
            return state;
        }

        if (entry.Sequence != state.History.Count + 1)
        {
            throw new InvalidOperationException(
                $"History entry {entry.Sequence} does not follow entry {state.History.Count}.");
        }

        var next = state.Apply(entry);
        SyncJournal(state.History);
        AppendToJournal(entry);
        AtomicFile.WriteAllBytes(StatePath, ReleaseStateJson.SerializeState(next));
        return next;
    }

    /// <summary>
    /// Rebuilds the state file from the history journal, under the lock. A last journal line cut short by a crash
    /// is dropped (it was never part of a completed update).
    /// </summary>
    /// <returns>The rebuilt state.</returns>
    /// <exception cref="InvalidOperationException">The journal is missing, empty or damaged before its last line.</exception>
    public ReleaseState RecoverFromJournal()
    {
        using var held = FileLock.Acquire(LockPath, _lockTimeout);
        List<ReleaseHistoryEntry> journal;
        try
        {
            journal = ReadJournal(out _);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException(
                $"{JournalPath} cannot be read ({ex.Message}); restore the state from a backup.", ex);
        }

        if (journal.Count == 0)
        {
            throw new InvalidOperationException(
                $"{JournalPath} is missing or empty, so there is nothing to rebuild {StatePath} from; restore it " +
                "from a backup.");
        }

        var state = Rebuild(journal);
        AtomicFile.WriteAllBytes(StatePath, ReleaseStateJson.SerializeState(state));
        return state;
    }

    /// <inheritdoc />
    public void SaveReport(string sha256, ReadOnlySpan<byte> content)
    {
        var path = ReportPath(sha256);
        if (!File.Exists(path))
        {
            AtomicFile.WriteAllBytes(path, content);
        }
    }

    /// <inheritdoc />
    public byte[] LoadReport(string sha256)
    {
        var path = ReportPath(sha256);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            throw new ReleaseStateCorruptException(
                StatePath, $"{path}: the kept score report of a released version is missing ({ex.Message}). " +
                           "Promote that version again with its report to restore it.", ex);
        }

        if (JsonInputFile.Sha256(bytes) != sha256)
        {
            throw new ReleaseStateCorruptException(
                StatePath, $"{path} does not match its SHA-256; it was modified. Promote that version again with " +
                           "its original report to restore it.");
        }

        return bytes;
    }

    private string ReportPath(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(Uri.IsHexDigit))
        {
            throw new ArgumentException($"\"{sha256}\" is not a SHA-256 in hex.", nameof(sha256));
        }

        return Path.Combine(ReportsDirectory, sha256.ToLowerInvariant() + ".json");
    }

    private ReleaseState ReadStateFile()
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(StatePath);
        }
        catch (FileNotFoundException)
        {
            return File.Exists(JournalPath) && new FileInfo(JournalPath).Length > 0
                ? throw Corrupt("the state file is missing but its history journal is not")
                : ReleaseState.Empty;
        }
        catch (DirectoryNotFoundException)
        {
            return ReleaseState.Empty;
        }

        try
        {
            return ReleaseStateJson.DeserializeState(bytes);
        }
        catch (FormatException ex)
        {
            throw Corrupt(ex.Message, ex);
        }
    }

    private ReleaseStateCorruptException Corrupt(string detail, Exception? inner = null)
    {
        string journalSays;
        try
        {
            var journal = ReadJournal(out var torn);
            var last = journal.Count == 0 ? null : journal[^1];
            journalSays = last is null
                ? $"The history journal {JournalPath} is empty or missing, so restore the state file from a backup."
                : $"The history journal {JournalPath} holds {journal.Count} entries (the last, #{last.Sequence}, " +
                  $"{Describe(last)}){(torn ? " and a cut-off last line that recovery drops" : string.Empty)}. " +
                  $"Rebuild the state from it with `releasegate release recover --state {StatePath}`, " +
                  "or restore the state file from a backup.";
        }
        catch (FormatException ex)
        {
            journalSays = $"The history journal {JournalPath} cannot be read either ({ex.Message}); restore both " +
                          "files from a backup.";
        }

        return new ReleaseStateCorruptException(
            StatePath,
            $"{ReleaseGateErrorCodes.ReleaseStateCorrupt}: {StatePath} is corrupt ({detail}). {journalSays} " +
            "Nothing was changed.",
            inner);
    }

    private static string Describe(ReleaseHistoryEntry entry) =>
        $"{entry.Action} {entry.Subject.Version} at " +
        entry.Time.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) +
        $", leaving {entry.LiveAfter?.Version ?? "nothing"} live";

    private List<ReleaseHistoryEntry> ReadJournal(out bool tornLastLine)
    {
        tornLastLine = false;
        if (!File.Exists(JournalPath))
        {
            return [];
        }

        var text = File.ReadAllText(JournalPath, Encoding.UTF8);
        var lines = text.Split('\n');
        var entries = new List<ReleaseHistoryEntry>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            try
            {
                entries.Add(ReleaseStateJson.DeserializeEntry(lines[i]));
            }
            catch (FormatException) when (i == lines.Length - 1)
            {
                // Only the last line can be cut short by a crash: it has no newline because the write never ended.
                tornLastLine = true;
            }
            catch (FormatException ex)
            {
                throw new FormatException($"line {i + 1} of the journal: {ex.Message}", ex);
            }
        }

        ReleaseStateJson.CheckHistory(entries);
        return entries;
    }

    private void SyncJournal(IReadOnlyList<ReleaseHistoryEntry> history)
    {
        // A journal shorter than the state's history (deleted or truncated, or cut at a torn line) is rewritten
        // from the state so every later entry follows its predecessor.
        var journal = ReadJournal(out var torn);
        if (journal.Count == history.Count && !torn)
        {
            return;
        }

        var text = new StringBuilder();
        foreach (var entry in history)
        {
            text.Append(ReleaseStateJson.SerializeEntry(entry)).Append('\n');
        }

        AtomicFile.WriteAllBytes(JournalPath, Encoding.UTF8.GetBytes(text.ToString()));
    }

    private void AppendToJournal(ReleaseHistoryEntry entry)
    {
        var line = Encoding.UTF8.GetBytes(ReleaseStateJson.SerializeEntry(entry) + "\n");
        using var stream = new FileStream(JournalPath, FileMode.Append, FileAccess.Write, FileShare.Read);
        stream.Write(line);
        stream.Flush(flushToDisk: true);
    }

    private static bool IsPrefix(IReadOnlyList<ReleaseHistoryEntry> prefix, List<ReleaseHistoryEntry> journal) =>
        prefix.Select((e, i) => ReleaseStateJson.SerializeEntry(e) == ReleaseStateJson.SerializeEntry(journal[i]))
            .All(same => same);

    private static ReleaseState Rebuild(List<ReleaseHistoryEntry> journal)
    {
        var state = ReleaseState.Empty;
        foreach (var entry in journal)
        {
            state = state.Apply(entry);
        }

        return state;
    }
}
