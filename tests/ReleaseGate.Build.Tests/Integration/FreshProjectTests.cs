namespace ReleaseGate.Build.Tests.Integration;

[Collection(GateCollection.Name)]
public sealed class FreshProjectTests(GateFixture fixture)
{
    [Fact]
    public void A_new_project_that_installs_the_package_builds_and_sees_the_library_and_the_gate()
    {
        var folder = Path.Combine(fixture.Root, "fresh");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Fresh.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ReleaseGate" Version="{fixture.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(
            Path.Combine(folder, "Program.cs"),
            "System.Console.WriteLine(typeof(ReleaseGate.Evaluation.ScoreReport).Assembly.GetName().Name);\n");

        var build = DotNet.Run(folder, ["build", "Fresh.csproj"]);
        var runner = DotNet.Run(folder, ["msbuild", "Fresh.csproj", "-getProperty:_ReleaseGateRunnerPath"]);
        var run = DotNet.Run(folder, ["run", "--no-build", "--project", "Fresh.csproj"]);

        Assert.True(build.Succeeded, build.ToString());
        Assert.True(File.Exists(runner.Output.Trim()), runner.ToString());
        Assert.Equal("ReleaseGate", run.Output.Trim());
    }
}
