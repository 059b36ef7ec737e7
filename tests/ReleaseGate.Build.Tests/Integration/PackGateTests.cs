namespace ReleaseGate.Build.Tests.Integration;

[Collection(GateCollection.Name)]
public sealed class PackGateTests(GateFixture fixture)
{
    private static readonly string Baseline = ScoreReportFile.Json("v1", ScoreReportFile.Scores(60, 0.9));

    [Fact]
    public void A_passing_candidate_is_packed()
    {
        var scenario = new GateScenario(fixture, "pack-pass").WithBaseline(Baseline)
            .WithCandidate(ScoreReportFile.Json("v2", ScoreReportFile.Scores(60, 0.9)));

        var result = scenario.Pack();

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("ReleaseGate: passed", result.Output);
        Assert.Single(Directory.GetFiles(scenario.PackageDirectory, "App.*.nupkg"));
    }

    [Fact]
    public void A_regressing_candidate_fails_the_pack_and_leaves_no_package()
    {
        var scenario = new GateScenario(fixture, "pack-regression").WithBaseline(Baseline)
            .WithCandidate(ScoreReportFile.Json("v3", ScoreReportFile.Scores(60, 0.4)));

        var result = scenario.Pack();

        Assert.False(result.Succeeded, result.ToString());
        Assert.NotEmpty(PublishGateTests.ErrorLine(result, "RG2030"));
        var packages = Directory.Exists(scenario.PackageDirectory)
            ? Directory.GetFiles(scenario.PackageDirectory, "*.nupkg")
            : [];
        Assert.Empty(packages);
    }
}
