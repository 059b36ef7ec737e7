namespace ReleaseGate.Tests.Indexing;

/// <summary>The two Electron documentation revisions and the change list that ships with them.</summary>
internal static class ElectronDocs
{
    public static string V1 => Path.Combine(CorpusPaths.ElectronDocs, "v1");

    public static string V2 => Path.Combine(CorpusPaths.ElectronDocs, "v2");

    /// <summary>The paths CHANGES.txt marks with <paramref name="status"/> (A, M or D), in ordinal order.</summary>
    public static IReadOnlyList<string> Changes(char status) =>
        File.ReadAllLines(Path.Combine(CorpusPaths.ElectronDocs, "CHANGES.txt"))
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2 && parts[0] == status.ToString())
            .Select(parts => parts[1])
            .Order(StringComparer.Ordinal)
            .ToList();
}
