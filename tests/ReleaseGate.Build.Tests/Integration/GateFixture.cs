using System.Reflection;

namespace ReleaseGate.Build.Tests.Integration;

/// <summary>
/// Packs the ReleaseGate package once under a version no earlier run used (NuGet caches packages by id and
/// version), and restores and builds one fixture project that consumes it from that folder. The tests then
/// publish and pack the fixture with different properties, one at a time.
/// </summary>
public sealed class GateFixture : IDisposable
{
    private readonly Lazy<string> _multiTarget;

    public GateFixture()
    {
        Root = Directory.CreateTempSubdirectory("releasegate-gate-").FullName;
        Version = $"0.1.0-test-{Guid.NewGuid():N}";
        Feed = Path.Combine(Root, "feed");
        Pack();
        FixtureFiles.WriteNuGetConfig(Root, Feed);
        Project = FixtureFiles.WriteApp(Path.Combine(Root, "app"), Version);
        Require(DotNet.Run(Root, ["restore", Project]));
        Require(DotNet.Run(Root, ["build", Project, "--no-restore", "-c", "Release"]));
        _multiTarget = new Lazy<string>(RestoreMultiTargetLibrary);
    }

    public string Root { get; }

    public string Version { get; }

    /// <summary>The folder holding the packed ReleaseGate package.</summary>
    public string Feed { get; }

    /// <summary>The fixture project that references the package and opts into the gate.</summary>
    public string Project { get; }

    public string ProjectDirectory => Path.GetDirectoryName(Project)!;

    /// <summary>A library targeting two frameworks that opts into the gate, restored on first use.</summary>
    public string MultiTargetProject => _multiTarget.Value;

    public static void Require(DotNetResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Fixture set-up failed: {result}");
        }
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private string RestoreMultiTargetLibrary()
    {
        var project = FixtureFiles.WriteMultiTargetLibrary(Path.Combine(Root, "multi"), Version);
        Require(DotNet.Run(Root, ["restore", project]));
        return project;
    }

    // Packing the configuration the solution build already compiled keeps this to a copy of its outputs.
    private void Pack()
    {
        var configuration = typeof(GateFixture).Assembly
            .GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var project = Path.Combine(RepositoryRoot.Path, "src", "ReleaseGate", "ReleaseGate.csproj");
        // No restore: the solution build restored these projects, and other test projects pack them at once.
        string[] pack =
            ["pack", project, "--no-restore", "-c", configuration, "-o", Feed, $"-p:PackageVersion={Version}"];
        Require(DotNet.Run(RepositoryRoot.Path, pack));
    }
}
