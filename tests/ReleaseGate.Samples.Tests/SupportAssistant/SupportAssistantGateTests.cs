namespace ReleaseGate.Samples.Tests.SupportAssistant;

/// <summary>The README's sample commands: the normal build publishes, the degraded one is refused.</summary>
[Collection(SampleCollection.Name)]
public sealed class SupportAssistantGateTests(SamplePackageFixture fixture) : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("support-assistant-publish-").FullName;

    [Fact]
    public void The_normal_build_passes_the_gate_and_publishes()
    {
        var publish = Path.Combine(_output, "normal");

        var result = Publish(publish, $"-p:ReleaseGateReportDirectory={_output}/reports/");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("promote", GateDecision.Read(Path.Combine(_output, "reports")).Verdict);
        Assert.True(File.Exists(Path.Combine(publish, "SupportAssistant.dll")), result.ToString());
    }

    [Fact]
    public void The_degraded_build_is_refused_and_leaves_no_publish_output()
    {
        var publish = Path.Combine(_output, "degraded");

        var result = Publish(publish, SamplePackageFixture.Degraded);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("error RG2030", result.Output);
        Assert.Contains("hit@1", result.Output);
        Assert.False(Directory.Exists(publish) && Directory.EnumerateFileSystemEntries(publish).Any(), result.ToString());
    }

    [Fact]
    public void The_assistant_answers_from_its_documents_with_personal_data_redacted()
    {
        string[] ask =
        [
            "run", "--project", SamplePackageFixture.ProjectDirectory, "-c", "Release", "--no-build", fixture.VersionProperty,
            "--", "ask", "What happened to the customer who was charged twice for a Grind Pro?",
        ];

        var result = DotNetCli.Run(RepositoryPaths.Root, ask);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("[support/escalation-log.md", result.Output);
        Assert.Contains("card number [PAYMENT_CARD] and her SSN [US_SSN]", result.Output);
        Assert.DoesNotContain("5555 5555 5555 4444", result.Output);
    }

    [Fact]
    public void The_unsafe_examples_show_both_analyzer_rules()
    {
        string[] build =
        [
            "build", SamplePackageFixture.ProjectDirectory, "-c", "Release", fixture.VersionProperty,
            "-p:IncludeUnsafeExamples=true", "-p:TreatWarningsAsErrors=false", $"-p:OutputPath={_output}/unsafe/",
        ];

        var result = DotNetCli.Run(RepositoryPaths.Root, build);

        Assert.Contains("RG1001", result.Output);
        Assert.Contains("RG1002", result.Output);
        Assert.Contains("UnsafeWrites.cs", result.Output);
    }

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private ProcessResult Publish(string output, params string[] properties)
    {
        string[] publish =
        [
            "publish", SamplePackageFixture.ProjectDirectory, fixture.VersionProperty, "-o", output, .. properties,
        ];
        return DotNetCli.Run(RepositoryPaths.Root, publish);
    }
}
