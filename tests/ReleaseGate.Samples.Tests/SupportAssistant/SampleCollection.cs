namespace ReleaseGate.Samples.Tests.SupportAssistant;

/// <summary>The sample's tests share one packed package and one build folder, so they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class SampleCollection : ICollectionFixture<SamplePackageFixture>
{
    public const string Name = "SupportAssistant sample";
}
