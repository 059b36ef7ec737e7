namespace ReleaseGate.Analyzers.Tests.Secrets;

/// <summary>
/// The labelled C# files under <c>SecretFixtures/</c>: each line ending in <c>// rg:secret</c> holds one fake
/// credential and each line ending in <c>// rg:clean</c> one look-alike that must not be reported.
/// </summary>
public sealed class LabelledFixture
{
    private LabelledFixture(string path, string text)
    {
        Path = path;
        Text = text;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd().EndsWith("// rg:secret", StringComparison.Ordinal))
            {
                SecretLines.Add(i);
            }
            else if (lines[i].TrimEnd().EndsWith("// rg:clean", StringComparison.Ordinal))
            {
                CleanLines.Add(i);
            }
        }
    }

    public string Path { get; }

    /// <summary>
    /// Whether the file belongs to the independent slice (<c>Independent*.cs</c>), written from providers' public
    /// documentation and other scanners' test suites rather than alongside the rules.
    /// </summary>
    public bool IsIndependent => System.IO.Path.GetFileName(Path).StartsWith("Independent", StringComparison.Ordinal);

    public string Text { get; }

    /// <summary>Zero-based line numbers.</summary>
    public HashSet<int> SecretLines { get; } = [];

    public HashSet<int> CleanLines { get; } = [];

    /// <summary>"File.cs:12" for a zero-based line.</summary>
    public string Describe(int line) => $"{System.IO.Path.GetFileName(Path)}:{line + 1}";

    public static IReadOnlyList<LabelledFixture> LoadAll()
    {
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, "SecretFixtures");
        return Directory.GetFiles(folder, "*.cs")
            .Order(StringComparer.Ordinal)
            .Select(path => new LabelledFixture(path, File.ReadAllText(path)))
            .ToList();
    }
}
