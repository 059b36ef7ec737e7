using ReleaseGate.Privacy;

namespace ReleaseGate.Cli.Privacy;

/// <summary>One finding in one file, with 1-based line and column positions.</summary>
internal sealed record ScanResult(string Path, PiiFinding Finding, TextPosition Begin, TextPosition End);

/// <summary>A 1-based line and column; columns count UTF-16 code units, as SARIF's default does.</summary>
internal readonly record struct TextPosition(int Line, int Column);
