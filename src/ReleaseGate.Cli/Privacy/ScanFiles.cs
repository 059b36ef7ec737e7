namespace ReleaseGate.Cli.Privacy;

/// <summary>
/// The files behind the paths given to <c>scan</c>: files as given, folders walked in a stable order, skipping
/// binary files and the folders of version control, build output and restored dependencies.
/// </summary>
internal static class ScanFiles
{
    private const int BinaryProbeBytes = 8000;

    // Build output and restored packages repeat what the sources hold (or hold third-party text) and would bury
    // the findings that matter; a file inside them is still scanned when it is named on the command line.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal)
    {
        ".git", "bin", "obj", "node_modules",
    };

    public static IEnumerable<(string FullPath, string DisplayPath)> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                yield return (full, path);
            }
            else if (Directory.Exists(full))
            {
                var files = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                    .Where(f => !IsInSkippedFolder(Path.GetRelativePath(full, f)) && !IsBinary(f))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return (file, Path.Combine(path, Path.GetRelativePath(full, file)));
                }
            }
            else
            {
                throw new PrivacyCliException(ReleaseGateErrorCodes.PathNotFound,
                    $"'{full}' is neither a file nor a folder. Pass files or folders that exist.");
            }
        }
    }

    private static bool IsInSkippedFolder(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).SkipLast(1).Any(SkippedFolders.Contains);

    // A NUL byte near the start marks a binary file; scanning one would only report noise.
    private static bool IsBinary(string file)
    {
        using var stream = File.OpenRead(file);
        var buffer = new byte[BinaryProbeBytes];
        var read = stream.Read(buffer, 0, buffer.Length);
        return Array.IndexOf(buffer, (byte)0, 0, read) >= 0;
    }
}
