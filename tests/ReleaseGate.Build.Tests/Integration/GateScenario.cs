namespace ReleaseGate.Build.Tests.Integration;

/// <summary>
/// One test's use of the shared fixture project: its own baseline, candidate, report and output folders, passed
/// as properties so tests cannot see each other's files.
/// </summary>
public sealed class GateScenario
{
    private readonly GateFixture _fixture;
    private readonly Dictionary<string, string?> _environment = new() { ["FIXTURE_EVAL"] = "copy" };
    private readonly List<string> _properties = [];
    private string _project;
    private string[] _verbosity = ["-v:n"];

    public GateScenario(GateFixture fixture, string name)
    {
        _fixture = fixture;
        _project = fixture.Project;
        Folder = Path.Combine(fixture.Root, "scenarios", name);
        Directory.CreateDirectory(Folder);
        _environment["FIXTURE_CANDIDATE"] = CandidateSource;
    }

    public string Folder { get; }

    public string Baseline => Path.Combine(Folder, "canary.baseline.json");

    public string LastGood => Path.Combine(Folder, "canary.baseline.last-good.json");

    /// <summary>The report the eval script copies to RELEASEGATE_REPORT.</summary>
    public string CandidateSource => Path.Combine(Folder, "scored.json");

    public string Reports => Path.Combine(Folder, "reports");

    public string PublishDirectory => Path.Combine(Folder, "publish");

    public string PackageDirectory => Path.Combine(Folder, "packages");

    public GateScenario WithBaseline(string json)
    {
        File.WriteAllText(Baseline, json);
        return this;
    }

    public GateScenario WithCandidate(string json)
    {
        File.WriteAllText(CandidateSource, json);
        return this;
    }

    public GateScenario WithEval(string mode)
    {
        _environment["FIXTURE_EVAL"] = mode;
        return this;
    }

    public GateScenario WithEnvironment(string name, string value)
    {
        _environment[name] = value;
        return this;
    }

    public GateScenario WithProperty(string name, string value)
    {
        _properties.Add($"-p:{name}={value}");
        return this;
    }

    /// <summary>Runs on another project that consumes the package, such as the multi-targeting library.</summary>
    public GateScenario ForProject(string project)
    {
        _project = project;
        return this;
    }

    /// <summary>Leaves the verbosity at the CLI's default (minimal) instead of normal.</summary>
    public GateScenario WithDefaultVerbosity()
    {
        _verbosity = [];
        return this;
    }

    public DotNetResult Publish() =>
        Run(["publish", _project, "--no-restore", "-c", "Release", "-o", PublishDirectory]);

    public DotNetResult Pack() =>
        Run(["pack", _project, "--no-restore", "-c", "Release", "-o", PackageDirectory]);

    /// <summary>The lines that carry the gate's one summary.</summary>
    public static string[] SummaryLines(DotNetResult result) =>
        [.. result.Output.Split('\n').Where(line => line.Contains("ReleaseGate: ", StringComparison.Ordinal)
            && !line.Contains(": error RG", StringComparison.Ordinal))];

    private DotNetResult Run(IEnumerable<string> command)
    {
        string[] gate = [$"-p:ReleaseGateBaseline={Baseline}", $"-p:ReleaseGateReportDirectory={Reports}"];
        var folder = Path.GetDirectoryName(_project)!;
        return DotNet.Run(folder, [.. command, .. gate, .. _verbosity, .. _properties], _environment);
    }
}
