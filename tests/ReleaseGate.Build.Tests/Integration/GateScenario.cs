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

    public GateScenario(GateFixture fixture, string name)
    {
        _fixture = fixture;
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

    public DotNetResult Publish() =>
        Run(["publish", _fixture.Project, "--no-restore", "-c", "Release", "-o", PublishDirectory]);

    public DotNetResult Pack() =>
        Run(["pack", _fixture.Project, "--no-restore", "-c", "Release", "-o", PackageDirectory]);

    private DotNetResult Run(IEnumerable<string> command)
    {
        string[] gate = [$"-p:ReleaseGateBaseline={Baseline}", $"-p:ReleaseGateReportDirectory={Reports}", "-v:n"];
        return DotNet.Run(_fixture.ProjectDirectory, [.. command, .. gate, .. _properties], _environment);
    }
}
