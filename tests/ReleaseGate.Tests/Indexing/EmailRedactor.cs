using System.Text.RegularExpressions;
using ReleaseGate.Privacy;

namespace ReleaseGate.Tests.Indexing;

/// <summary>A stand-in redactor that replaces e-mail addresses, enough to see redaction run on write.</summary>
internal sealed partial class EmailRedactor : ITextRedactor
{
    public string Redact(string text) => Email().Replace(text, "[EMAIL]");

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+")]
    private static partial Regex Email();
}
