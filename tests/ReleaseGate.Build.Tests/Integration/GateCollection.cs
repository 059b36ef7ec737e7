namespace ReleaseGate.Build.Tests.Integration;

/// <summary>The integration tests share one packed package and one fixture project, and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class GateCollection : ICollectionFixture<GateFixture>
{
    public const string Name = "build gate";
}
