namespace ReleaseGate.Analyzers.Tests.EndToEnd;

/// <summary>
/// Packs the ReleaseGate package and builds a project that consumes it, as a user would: the analyzers must show in
/// the build output and in the SARIF error log.
/// </summary>
public sealed class PackedPackageTests : IDisposable
{
    // NuGet caches a package by id and version, so every run packs a version of its own.
    private readonly string _version = "0.1.0-test.t" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _work = Directory.CreateTempSubdirectory("releasegate-e2e-").FullName;

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Consumer_build_reports_RG1001_and_RG1002_in_output_and_sarif()
    {
        var feed = Path.Combine(_work, "feed");
        var consumer = Path.Combine(_work, "consumer");
        Directory.CreateDirectory(consumer);
        var project = Path.Combine(RepositoryPaths.Root(), "src", "ReleaseGate", "ReleaseGate.csproj");

        var pack = await DotnetCli.RunAsync(_work, "pack", project, "-c", "Release", "-o", feed, $"-p:Version={_version}");
        Assert.True(pack.ExitCode == 0, pack.Output);

        WriteConsumer(consumer, feed);
        var sarif = Path.Combine(_work, "build.sarif");
        var build = await DotnetCli.RunAsync(consumer, "build", $"-p:ErrorLog={sarif}%2Cversion=2.1");
        Assert.True(build.ExitCode == 0, build.Output);

        Assert.Contains("warning RG1001", build.Output, StringComparison.Ordinal);
        Assert.Contains("Program.cs", build.Output, StringComparison.Ordinal);
        Assert.Contains("warning RG1002", build.Output, StringComparison.Ordinal);
        Assert.Contains("appsettings.json", build.Output, StringComparison.Ordinal);

        var log = File.ReadAllText(sarif);
        Assert.Contains("\"ruleId\": \"RG1001\"", log, StringComparison.Ordinal);
        Assert.Contains("\"ruleId\": \"RG1002\"", log, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Directory.Delete(_work, recursive: true);
        var cached = Path.Combine(
            Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
            "releasegate",
            _version);
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }
    }

    private void WriteConsumer(string consumer, string feed)
    {
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                <add key="local" value="{feed}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
                <packageSource key="local"><package pattern="ReleaseGate" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ReleaseGate" Version="{_version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "appsettings.json"), """
            { "Smtp": { "Host": "smtp.example.org", "Password": "Winter2025!" } }
            """);

        // The token is split so that this file itself holds no whole credential.
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            using ReleaseGate.Indexing;

            Console.WriteLine(Demo.Token.Length);

            static class Demo
            {
                public const string Token = "ghp_TOKEN";

                public static Task Save(IIndexStore store, string text) => store.ReplaceDocumentsAsync(
                [
                    new DocumentRecord("id", null, "hash", "fp", new Dictionary<string, string>(),
                        DateTimeOffset.UnixEpoch, null, [new ChunkRecord(0, text, default)]),
                ]);
            }
            """.Replace("TOKEN", "R8kq2VxN4mWp7Lz0Tb3Yc6Hd9Jf1Gs5Ae2Qu", StringComparison.Ordinal));
    }
}
