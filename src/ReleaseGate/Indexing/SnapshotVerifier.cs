using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ReleaseGate.Indexing;

/// <summary>The checks of <see cref="SqliteSnapshots.VerifySnapshotAsync"/>, each failing with a precise reason.</summary>
internal static class SnapshotVerifier
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<SnapshotInfo> VerifyAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new ReleaseGateException(
                ReleaseGateErrorCodes.PathNotFound,
                $"{ReleaseGateErrorCodes.PathNotFound}: the snapshot file '{fullPath}' does not exist. " +
                "List the snapshots you have with 'releasegate index snapshot --list'.",
                fullPath);
        }

        var manifestPath = SnapshotManifest.PathFor(fullPath);
        if (!TryReadManifest(manifestPath, out var manifest))
        {
            throw Mismatch(fullPath, $"its manifest '{manifestPath}' is missing or is not a valid manifest");
        }

        var (sha, length) = await SqliteSnapshots.HashFileAsync(fullPath, cancellationToken).ConfigureAwait(false);
        if (length != manifest.Length)
        {
            throw Corrupt(fullPath, $"it is {length} bytes long but its manifest records {manifest.Length} (truncated or overwritten)");
        }

        if (sha != manifest.Sha256)
        {
            throw Corrupt(fullPath, $"its SHA-256 is {sha} but its manifest records {manifest.Sha256}");
        }

        SnapshotContent content;
        try
        {
            content = await SnapshotContent.ReadAsync(fullPath, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            throw Corrupt(fullPath, $"SQLite cannot read it as an index ({ex.Message})");
        }

        if (content.Integrity != "ok")
        {
            throw Corrupt(fullPath, $"SQLite's integrity check reports: {content.Integrity}");
        }

        CompareWithManifest(fullPath, content, manifest);
        return new SnapshotInfo(fullPath, manifest);
    }

    public static bool TryReadManifest(string manifestPath, out SnapshotManifest manifest)
    {
        manifest = null!;
        try
        {
            var read = File.Exists(manifestPath)
                ? JsonSerializer.Deserialize<SnapshotManifest>(File.ReadAllText(manifestPath), Json)
                : null;
            if (read?.DocumentHashes is null || read.Sha256 is null)
            {
                return false;
            }

            manifest = read;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static ReleaseGateException Corrupt(string path, string why)
    {
        return new ReleaseGateException(
            ReleaseGateErrorCodes.SnapshotCorrupt,
            $"{ReleaseGateErrorCodes.SnapshotCorrupt}: the snapshot '{path}' was refused because {why}. " +
            "Restore from another snapshot; the live store was not touched.",
            path);
    }

    private static void CompareWithManifest(string path, SnapshotContent content, SnapshotManifest manifest)
    {
        var difference =
            content.SchemaVersion != manifest.SchemaVersion ? $"schema {content.SchemaVersion} vs {manifest.SchemaVersion}"
            : content.Fingerprint != manifest.Fingerprint ? $"pipeline '{content.Fingerprint}' vs '{manifest.Fingerprint}'"
            : content.Hashes.Count != manifest.Documents ? $"{content.Hashes.Count} documents vs {manifest.Documents}"
            : content.Chunks != manifest.Chunks ? $"{content.Chunks} chunks vs {manifest.Chunks}"
            : FirstHashDifference(content.Hashes, manifest.DocumentHashes);
        if (difference is not null)
        {
            throw Mismatch(path, $"its content does not match its manifest ({difference})");
        }
    }

    private static string? FirstHashDifference(
        IReadOnlyDictionary<string, string> actual, IReadOnlyDictionary<string, string> expected)
    {
        if (actual.Count != expected.Count)
        {
            return $"{actual.Count} document hashes vs {expected.Count}";
        }

        foreach (var (id, hash) in actual)
        {
            if (!expected.TryGetValue(id, out var listed) || listed != hash)
            {
                return $"document '{id}' has hash {hash}, the manifest lists {listed ?? "nothing"}";
            }
        }

        return null;
    }

    private static ReleaseGateException Mismatch(string path, string why)
    {
        return new ReleaseGateException(
            ReleaseGateErrorCodes.SnapshotManifestMismatch,
            $"{ReleaseGateErrorCodes.SnapshotManifestMismatch}: the snapshot '{path}' was refused because {why}. " +
            "Keep each snapshot with its own manifest, or restore from another snapshot; the live store was not touched.",
            path);
    }
}
