using ReleaseGate.Privacy;

namespace ReleaseGate.Tests.Privacy;

internal static class PiiAssert
{
    /// <summary>Asserts that the text holds exactly one finding, of the given kind, covering exactly the value.</summary>
    public static void FindsOnly(PiiKind kind, string text, string value)
    {
        var finding = Assert.Single(PiiRedactor.Default.Find(text));
        Assert.Equal(kind, finding.Kind);
        Assert.Equal(value, text.Substring(finding.Start, finding.Length));
    }

    public static void FindsNothing(string text)
    {
        var findings = PiiRedactor.Default.Find(text);
        Assert.True(findings.Count == 0, $"expected no finding in '{text}', got {Describe(text, findings)}");
    }

    private static string Describe(string text, IReadOnlyList<PiiFinding> findings) =>
        string.Join(", ", findings.Select(f => $"{f.Kind} '{text.Substring(f.Start, f.Length)}'"));
}
