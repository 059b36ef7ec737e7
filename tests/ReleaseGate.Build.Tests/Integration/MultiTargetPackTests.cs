namespace ReleaseGate.Build.Tests.Integration;

/// <summary>
/// `dotnet pack` of a project with TargetFrameworks writes one package from its outer build: the gate must run
/// there, once, before the package is written.
/// </summary>
[Collection(GateCollection.Name)]
public sealed class MultiTargetPackTests(GateFixture fixture)
{
    private static readonly string Baseline = ScoreReportFile.Json("v1", ScoreReportFile.Scores(60, 0.9));

    [Fact]
    public void A_passing_candidate_is_gated_once_and_packed()
    {
        var scenario = new GateScenario(fixture, "multi-pass").ForProject(fixture.MultiTargetProject)
            .WithBaseline(Baseline).WithCandidate(ScoreReportFile.Json("v2", ScoreReportFile.Scores(60, 0.9)));

        var result = scenario.Pack();

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("ReleaseGate: passed v2 against baseline v1", Assert.Single(GateScenario.SummaryLines(result)));
        Assert.Single(Directory.GetFiles(scenario.PackageDirectory, "Multi.*.nupkg"));
    }

    [Fact]
    public void A_regressing_candidate_fails_the_pack_and_leaves_no_package()
    {
        var scenario = new GateScenario(fixture, "multi-regression").ForProject(fixture.MultiTargetProject)
            .WithBaseline(Baseline).WithCandidate(ScoreReportFile.Json("v3", ScoreReportFile.Scores(60, 0.4)));

        var result = scenario.Pack();

        Assert.False(result.Succeeded, result.ToString());
        Assert.Contains("accuracy fell from 0.90 to 0.40", PublishGateTests.ErrorLine(result, "RG2030"));
        var packages = Directory.Exists(scenario.PackageDirectory)
            ? Directory.GetFiles(scenario.PackageDirectory, "*.nupkg")
            : [];
        Assert.Empty(packages);
    }
}
