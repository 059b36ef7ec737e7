using ReleaseGate.Tests.Indexing;

namespace ReleaseGate.Tests.Privacy;

public sealed class ScanFolderTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rg-scan-");

    [Fact]
    public async Task A_folder_walk_skips_build_output_and_dependencies_but_not_sources()
    {
        Write("src/notes.txt", "mail jane@example.com\n");
        Write("src/bin/Debug/app.deps.json", "mail bin@example.com\n");
        Write("src/obj/app.txt", "mail obj@example.com\n");
        Write("web/node_modules/pkg/readme.md", "mail npm@example.com\n");
        Write("binder/kept.txt", "mail kept@example.com\n");

        var (exit, output, _) = await CliRunner.RunAsync("scan", _root.FullName);

        Assert.Equal(1, exit);
        var files = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf(':')]).ToList();
        Assert.Equal(
            [Path.Combine(_root.FullName, "binder", "kept.txt"), Path.Combine(_root.FullName, "src", "notes.txt")],
            files);
    }

    [Fact]
    public async Task A_file_inside_build_output_is_scanned_when_named()
    {
        Write("obj/app.txt", "mail obj@example.com\n");

        var (exit, output, _) = await CliRunner.RunAsync("scan", Path.Combine(_root.FullName, "obj", "app.txt"));

        Assert.Equal(1, exit);
        Assert.Contains("EMAIL", output, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
