namespace ReleaseGate.Samples.Tests.SupportAssistant;

/// <summary>
/// Packs ReleaseGate into artifacts/packages, as the README's set-up does, under a version
/// no earlier run used (NuGet caches packages by id and version), and builds the sample against them once.
/// </summary>
public sealed class SamplePackageFixture : IDisposable
{
    // Its own configuration keeps these builds out of the obj/ folders other test projects build in at the same time.
    private const string PackConfiguration = "SamplePack";

    private static readonly string[] PackedProjects = ["ReleaseGate"];

    public SamplePackageFixture()
    {
        Version = $"0.1.0-ci.{Guid.NewGuid():N}";
        foreach (var project in PackedProjects)
        {
            string[] pack = ["pack", $"src/{project}", "-c", PackConfiguration, "-o", Feed, $"-p:PackageVersion={Version}"];
            Require(DotNetCli.Run(RepositoryPaths.Root, pack));
        }

        Require(DotNetCli.Run(RepositoryPaths.Root, ["build", ProjectDirectory, "-c", "Release", VersionProperty]));
        Require(DotNetCli.Run(RepositoryPaths.Root, ["build", ProjectDirectory, "-c", "Release", VersionProperty, Degraded]));
    }

    public const string Degraded = "-p:AssistantVariant=Degraded";

    public static string ProjectDirectory => Path.Combine(RepositoryPaths.Root, "samples", "SupportAssistant");

    public static string Feed => Path.Combine(RepositoryPaths.Root, "artifacts", "packages");

    public string Version { get; }

    public string VersionProperty => $"-p:ReleaseGateVersion={Version}";

    /// <summary>The normal build's assembly, to run its eval command by hand.</summary>
    public static string NormalAssembly =>
        Path.Combine(ProjectDirectory, "bin", "Release", "net10.0", "SupportAssistant.dll");

    internal static void Require(ProcessResult result)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"Sample set-up failed: {result}");
        }
    }

    /// <summary>
    /// Removes what this run added: its packages in artifacts/packages and their folders in the NuGet package
    /// cache, where the sample's restore extracted them. Each run packs a new version, so nothing else reads them.
    /// </summary>
    public void Dispose()
    {
        foreach (var package in Directory.EnumerateFiles(Feed, $"*.{Version}.nupkg"))
        {
            File.Delete(package);
        }

        foreach (var id in PackedProjects)
        {
            var extracted = Path.Combine(PackageCache, id.ToLowerInvariant(), Version);
            if (Directory.Exists(extracted))
            {
                Directory.Delete(extracted, recursive: true);
            }
        }
    }

    private static string PackageCache =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
