namespace ReleaseGate.Build.Tests.Integration;

/// <summary>The fixture files: a NuGet config, and a small app whose eval command is a script.</summary>
public static class FixtureFiles
{
    /// <summary>
    /// Restores from the test feed into a private package folder, so the test package never enters the user's
    /// cache; every other package comes from the user's cache as a fallback folder, so nothing is downloaded.
    /// </summary>
    public static void WriteNuGetConfig(string folder, string feed)
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(folder, "packages")}" />
              </config>
              <fallbackPackageFolders>
                <add key="user-cache" value="{cache}" />
              </fallbackPackageFolders>
              <packageSources>
                <clear />
                <add key="test-feed" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>Writes the app; returns its project file.</summary>
    public static string WriteApp(string folder, string version)
    {
        Directory.CreateDirectory(folder);
        var project = Path.Combine(folder, "App.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <IsPackable>true</IsPackable>
                <ReleaseGateEvalCommand Condition="'$(FixtureOptOut)' != 'true'">sh eval.sh</ReleaseGateEvalCommand>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ReleaseGate" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "Console.WriteLine(\"fixture\");\n");
        WriteEvalScript(folder);
        return project;
    }

    /// <summary>
    /// Writes a library that targets two frameworks, so `dotnet pack` has an outer build; returns its project file.
    /// </summary>
    public static string WriteMultiTargetLibrary(string folder, string version)
    {
        Directory.CreateDirectory(folder);
        var project = Path.Combine(folder, "Multi.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net8.0;net10.0</TargetFrameworks>
                <IsPackable>true</IsPackable>
                <ReleaseGateEvalCommand>sh eval.sh</ReleaseGateEvalCommand>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ReleaseGate" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Library.cs"), "namespace Multi; public static class Library { }\n");
        WriteEvalScript(folder);
        return project;
    }

    // The eval command: FIXTURE_EVAL picks what it does, so one built project serves every test.
    private static void WriteEvalScript(string folder) =>
        File.WriteAllText(Path.Combine(folder, "eval.sh"), """
            [ -f "$RELEASEGATE_TARGET_PATH" ] || { echo "RELEASEGATE_TARGET_PATH is not the built assembly"; exit 9; }
            echo "scoring $RELEASEGATE_TARGET_PATH"
            case "$FIXTURE_EVAL" in
              copy) cp "$FIXTURE_CANDIDATE" "$RELEASEGATE_REPORT" ;;
              fail) echo "the scorer crashed" >&2; exit 3 ;;
              hang) sleep 120 & echo $! > "$FIXTURE_PIDFILE"; wait ;;
              silent) exit 0 ;;
              *) echo "unknown FIXTURE_EVAL '$FIXTURE_EVAL'"; exit 8 ;;
            esac
            """);
}
