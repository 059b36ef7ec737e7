namespace OpsDemo;

/// <summary>A temporary folder holding the demo's live source, index file, snapshots, channel and secrets.</summary>
internal sealed class DemoWorkspace : IDisposable
{
    private DemoWorkspace(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string SourceFolder => Path.Combine(Root, "source");

    public string IndexFile => Path.Combine(Root, "index.db");

    public string SnapshotFile => Path.Combine(Root, "snapshots", "after-build.db");

    public string ReleaseStateFile => Path.Combine(Root, "release", "state.json");

    public string SecretsFile => Path.Combine(Root, "secrets", "store.bin");

    /// <summary>Creates the folder and copies the demo documents into it as the live source.</summary>
    public static DemoWorkspace Create(string documents)
    {
        var workspace = new DemoWorkspace(Directory.CreateTempSubdirectory("releasegate-opsdemo-").FullName);
        foreach (var file in Directory.EnumerateFiles(documents, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(workspace.SourceFolder, Path.GetRelativePath(documents, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(workspace.SnapshotFile)!);
        Directory.CreateDirectory(Path.GetDirectoryName(workspace.ReleaseStateFile)!);
        Directory.CreateDirectory(Path.GetDirectoryName(workspace.SecretsFile)!);
        return workspace;
    }

    public void Dispose()
    {
        // SQLite may keep pooled handles a moment longer; a temp folder left behind is harmless.
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
