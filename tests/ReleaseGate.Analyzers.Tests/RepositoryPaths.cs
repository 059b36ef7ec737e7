namespace ReleaseGate.Analyzers.Tests;

/// <summary>Finds the repository by walking up from the test assembly to the folder holding the solution.</summary>
public static class RepositoryPaths
{
    public static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReleaseGate.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ReleaseGate.sln not found above " + AppContext.BaseDirectory);
    }
}
