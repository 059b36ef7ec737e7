using System.Reflection;
using ReleaseGate.Build.Tests.Integration;

namespace ReleaseGate.Build.Tests.Tasks;

public sealed class GateCodePageTests
{
    private static readonly string[] AllCodes =
    [
        .. typeof(GateCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetRawConstantValue()!),
    ];

    public static TheoryData<string> Codes() => [.. AllCodes];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_a_page_that_gives_cause_and_fix(string code)
    {
        var page = Path.Combine(RepositoryRoot.Path, "docs", "errors", $"{code}.md");

        Assert.True(File.Exists(page), $"{page} is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {code}: ", text, StringComparison.Ordinal);
        Assert.Contains("## Cause", text, StringComparison.Ordinal);
        Assert.Contains("## Fix", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_are_distinct_gate_codes()
    {
        Assert.NotEmpty(AllCodes);
        Assert.All(AllCodes, code => Assert.Matches("^RG2[0-9]{3}$", code));
        Assert.Equal(AllCodes.Length, AllCodes.Distinct().Count());
    }
}
