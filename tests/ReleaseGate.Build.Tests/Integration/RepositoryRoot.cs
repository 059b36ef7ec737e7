namespace ReleaseGate.Build.Tests.Integration;

/// <summary>The folder holding <c>ReleaseGate.sln</c>, found by walking up from the test assembly.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "ReleaseGate.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException(
            $"No ReleaseGate.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
