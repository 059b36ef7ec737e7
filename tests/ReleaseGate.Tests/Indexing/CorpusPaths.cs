namespace ReleaseGate.Tests.Indexing;

/// <summary>Finds the shared test corpora beside the repository root.</summary>
internal static class CorpusPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ElectronDocs => Path.Combine(RepoRoot, "..", "shared", "corpora", "electron-docs");

    private static string FindRepoRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ReleaseGate.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("ReleaseGate.sln not found above the tests.");
    }
}
