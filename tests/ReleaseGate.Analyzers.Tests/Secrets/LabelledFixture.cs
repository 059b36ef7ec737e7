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

    public string Text { get; }

    /// <summary>Zero-based line numbers.</summary>
    public HashSet<int> SecretLines { get; } = [];

    public HashSet<int> CleanLines { get; } = [];

    public static IReadOnlyList<LabelledFixture> LoadAll()
    {
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, "SecretFixtures");
        return Directory.GetFiles(folder, "*.cs")
            .Order(StringComparer.Ordinal)
            .Select(path => new LabelledFixture(path, File.ReadAllText(path)))
            .ToList();
    }
}
