using System.Text.Json;

namespace ReleaseGate.Evaluation;

/// <summary>The build a score report describes: its version and any other fields the producer added.</summary>
public sealed class BuildInfo
{
    /// <summary>Creates build information.</summary>
    /// <param name="version">The build's version, as the producer names it.</param>
    /// <param name="properties">Other fields (commit, date, model id), kept as written.</param>
    public BuildInfo(string version, IReadOnlyDictionary<string, JsonElement>? properties = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(version);
        Version = version;
        Properties = properties ?? new Dictionary<string, JsonElement>();
    }

    /// <summary>The build's version, as the producer names it.</summary>
    public string Version { get; }

    /// <summary>Other fields (commit, date, model id), kept as written.</summary>
    public IReadOnlyDictionary<string, JsonElement> Properties { get; }
}
