using System.Reflection;

namespace ReleaseGate.Tests;

public sealed class ErrorCodePagesTests
{
    [Fact]
    public void Every_runtime_error_code_is_unique_and_has_a_help_page()
    {
        var codes = typeof(ReleaseGateErrorCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        var root = Indexing.CorpusPaths.RepoRoot;
        Assert.All(codes, code => Assert.True(
            File.Exists(Path.Combine(root, "docs", "errors", code + ".md")), $"docs/errors/{code}.md is missing"));
    }
}
