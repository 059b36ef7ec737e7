using System.Reflection;

namespace ReleaseGate.Samples.Tests;

/// <summary>Finds the repository from the test assembly, and the build output of the samples in it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpora => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpora"));

    /// <summary>The configuration these tests were built with; the samples they run were built the same way.</summary>
    public static string Configuration { get; } =
        typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string SampleOutput(string project) =>
        Path.Combine(Root, "samples", project, "bin", Configuration, "net10.0", project + ".dll");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReleaseGate.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ReleaseGate.sln above {AppContext.BaseDirectory}.");
    }
}
