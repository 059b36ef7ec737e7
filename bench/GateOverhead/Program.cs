using System.Diagnostics;
using System.Globalization;
using System.Text;

// Measures what the build gate adds to `dotnet publish` beyond the eval command: the same project is published
// with the gate off and with the gate comparing a 10,000-case candidate report (given through
// ReleaseGateCandidateReport, so no eval command runs) with a 10,000-case baseline. Runs alternate so machine
// noise hits both sides alike; the medians and their ratio are printed.
const int Cases = 10_000;
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 7;

var repository = FindRepository();
var work = Directory.CreateTempSubdirectory("releasegate-bench-").FullName;
var version = $"0.1.0-bench-{Guid.NewGuid():N}";
try
{
    var feed = Path.Combine(work, "feed");
    var project = Path.Combine(work, "app", "App.csproj");
    Require(Run(repository, "pack", Path.Combine(repository, "src", "ReleaseGate", "ReleaseGate.csproj"),
        "-c", "Release", "-o", feed, $"-p:PackageVersion={version}"));
    WriteProject(work, feed, project, version);
    Require(Run(work, "restore", project));
    Require(Run(work, "build", project, "--no-restore", "-c", "Release"));

    string[] plain = ["publish", project, "--no-restore", "-c", "Release", "-p:ReleaseGateSkip=true"];
    string[] gated = ["publish", project, "--no-restore", "-c", "Release"];
    Require(Run(work, plain));
    Require(Run(work, gated));

    // Two scenarios, each with the sides alternating so machine noise hits both alike: a publish with nothing to
    // compile (the gate's share is largest there) and a publish after a source edit, as in a CI pipeline.
    var loadBefore = File.ReadAllText("/proc/loadavg").Trim();
    var source = Path.Combine(Path.GetDirectoryName(project)!, "Program.cs");
    var edits = 0;
    foreach (var edit in new[] { false, true })
    {
        var sides = new[] { new Side(plain), new Side(gated) };
        for (var i = 0; i < runs; i++)
        {
            foreach (var side in sides)
            {
                if (edit)
                {
                    File.WriteAllText(source, $"System.Console.WriteLine({++edits});\n");
                }

                Measure(work, side.Arguments, side.Elapsed, side.Cpu);
            }
        }

        Console.WriteLine();
        Console.WriteLine(edit ? "publish after a source edit (compiles):" : "publish with nothing to compile:");
        PrintMedians("elapsed", sides[0].Elapsed, sides[1].Elapsed);
        PrintMedians("CPU", sides[0].Cpu, sides[1].Cpu);
    }

    Console.WriteLine();
    Console.WriteLine($"cases per report: {Cases:N0}, runs per side: {runs}");
    Console.WriteLine($"load average before: {loadBefore}; after: {File.ReadAllText("/proc/loadavg").Trim()}");
}
finally
{
    Directory.Delete(work, recursive: true);
}

// Elapsed time is what a user waits for, but on a shared machine it mostly measures the other load; the CPU time
// of the whole process tree (MSBuild, its nodes and the gate's runner) is the steadier measure there.
static void Measure(string folder, string[] arguments, List<double> elapsed, List<double> cpu)
{
    var cpuBefore = ChildrenCpuSeconds();
    var clock = Stopwatch.StartNew();
    Require(Run(folder, arguments));
    elapsed.Add(clock.Elapsed.TotalSeconds);
    cpu.Add(ChildrenCpuSeconds() - cpuBefore);
}

static void PrintMedians(string what, List<double> plain, List<double> gated)
{
    var plainMedian = Median(plain);
    var gatedMedian = Median(gated);
    var overhead = gatedMedian - plainMedian;
    Console.WriteLine($"{what}: plain publish median {plainMedian:F2} s ({Join(plain)})");
    Console.WriteLine($"{what}: gated publish median {gatedMedian:F2} s ({Join(gated)})");
    Console.WriteLine($"{what}: gate overhead {overhead:F2} s = {overhead / plainMedian:P1} of a plain publish");
}

// The user and system time of every finished child process this one waited for, and of theirs (proc(5): fields
// cutime and cstime of /proc/self/stat, in clock ticks of 1/100 s on Linux).
static double ChildrenCpuSeconds()
{
    var stat = File.ReadAllText("/proc/self/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    const int ChildUser = 16 - 3, ChildSystem = 17 - 3;
    var ticks = long.Parse(fields[ChildUser], CultureInfo.InvariantCulture)
        + long.Parse(fields[ChildSystem], CultureInfo.InvariantCulture);
    return ticks / 100.0;
}

static void WriteProject(string work, string feed, string project, string version)
{
    var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    File.WriteAllText(Path.Combine(work, "nuget.config"), $"""
        <configuration>
          <config><add key="globalPackagesFolder" value="{Path.Combine(work, "packages")}" /></config>
          <fallbackPackageFolders><add key="cache" value="{cache}" /></fallbackPackageFolders>
          <packageSources><clear /><add key="feed" value="{feed}" /></packageSources>
        </configuration>
        """);
    var folder = Path.GetDirectoryName(project)!;
    Directory.CreateDirectory(folder);
    File.WriteAllText(project, $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ReleaseGateCandidateReport>candidate.json</ReleaseGateCandidateReport>
          </PropertyGroup>
          <ItemGroup><PackageReference Include="ReleaseGate" Version="{version}" /></ItemGroup>
        </Project>
        """);
    File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(1);\n");
    File.WriteAllText(Path.Combine(folder, "canary.baseline.json"), Report("v1", seed: 1));
    File.WriteAllText(Path.Combine(folder, "candidate.json"), Report("v2", seed: 2));
}

// Two metrics over 10,000 cases: a pass/fail accuracy near 0.85 and a continuous F1; the candidate is noise only.
static string Report(string version, int seed)
{
    var random = new Random(seed);
    var text = new StringBuilder($$"""{"schemaVersion":1,"build":{"version":"{{version}}"},"metrics":[""");
    text.Append("""{"name":"accuracy","direction":"higher"},{"name":"f1","direction":"higher"}],"cases":[""");
    for (var i = 0; i < Cases; i++)
    {
        var accuracy = random.NextDouble() < 0.85 ? 1 : 0;
        var f1 = Math.Round(random.NextDouble() * 0.4 + 0.5, 4).ToString(CultureInfo.InvariantCulture);
        text.Append(i == 0 ? "" : ",").Append("{\"id\":\"case-").Append(i).Append("\",\"scores\":{\"accuracy\":");
        text.Append(accuracy).Append(",\"f1\":").Append(f1).Append("}}");
    }

    return text.Append("]}").ToString();
}

static (int ExitCode, string Output) Run(string folder, params string[] arguments)
{
    var startInfo = new ProcessStartInfo("dotnet", arguments)
    {
        WorkingDirectory = folder,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
    startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
    using var process = Process.Start(startInfo)!;
    var error = process.StandardError.ReadToEndAsync();
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    return (process.ExitCode, output + error.Result);
}

static void Require((int ExitCode, string Output) result)
{
    if (result.ExitCode != 0)
    {
        throw new InvalidOperationException(result.Output);
    }
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    var middle = sorted.Count / 2;
    return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

static string Join(List<double> values) =>
    string.Join(", ", values.Select(v => v.ToString("F2", CultureInfo.InvariantCulture)));

static string FindRepository()
{
    var folder = new DirectoryInfo(AppContext.BaseDirectory);
    while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ReleaseGate.sln")))
    {
        folder = folder.Parent;
    }

    return folder?.FullName ?? throw new InvalidOperationException("Run the benchmark from the repository.");
}

internal sealed record Side(string[] Arguments)
{
    public List<double> Elapsed { get; } = [];

    public List<double> Cpu { get; } = [];
}
