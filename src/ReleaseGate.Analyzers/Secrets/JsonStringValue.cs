using Microsoft.CodeAnalysis.Text;

namespace ReleaseGate.Analyzers.Secrets;

/// <summary>A string value in a JSON file and the key it is stored under.</summary>
internal readonly struct JsonStringValue
{
    public JsonStringValue(string? key, string value, TextSpan span)
    {
        Key = key;
        Value = value;
        Span = span;
    }

    public string? Key { get; }

    public string Value { get; }

    /// <summary>The value between its quotes, in the file's text.</summary>
    public TextSpan Span { get; }
}
