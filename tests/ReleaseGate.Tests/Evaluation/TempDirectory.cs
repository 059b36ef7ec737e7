namespace ReleaseGate.Tests.Evaluation;

/// <summary>A folder under the system temp folder that is deleted when the test ends.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rg-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string? content = null)
    {
        var path = System.IO.Path.Combine(Path, name);
        if (content is not null)
        {
            System.IO.File.WriteAllText(path, content);
        }

        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a child process must not fail the test that already passed.
        }
    }
}
