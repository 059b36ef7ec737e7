using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReleaseGate.Releases.Channel;

/// <summary>The JSON forms of the state file (version 1) and of one journal line.</summary>
internal static class ReleaseStateJson
{
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        WriteIndented = true,
    };

    private static readonly JsonSerializerOptions Line = new(Options) { WriteIndented = false };

    public static byte[] SerializeState(ReleaseState state) => JsonSerializer.SerializeToUtf8Bytes(
        new Document { SchemaVersion = SchemaVersion, Live = state.Live, LastGood = state.LastGood, History = [.. state.History] },
        Options);

    /// <summary>Parses a state file; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static ReleaseState DeserializeState(ReadOnlySpan<byte> json)
    {
        Document? document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(json, Options);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or NotSupportedException)
        {
            throw new FormatException(ex.Message, ex);
        }

        if (document is null)
        {
            throw new FormatException("the file holds null");
        }

        if (document.SchemaVersion != SchemaVersion)
        {
            throw new FormatException($"schemaVersion is {document.SchemaVersion}, not {SchemaVersion}");
        }

        var state = new ReleaseState { Live = document.Live, LastGood = document.LastGood, History = document.History };
        CheckHistory(state.History);
        var last = state.History.Count == 0 ? null : state.History[^1];
        if (last?.LiveAfter != state.Live || last?.LastGoodAfter != state.LastGood)
        {
            throw new FormatException("live and last-good do not match the last history entry");
        }

        return state;
    }

    public static string SerializeEntry(ReleaseHistoryEntry entry) => JsonSerializer.Serialize(entry, Line);

    public static ReleaseHistoryEntry DeserializeEntry(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<ReleaseHistoryEntry>(line, Line) ?? throw new FormatException("null entry");
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or NotSupportedException)
        {
            throw new FormatException(ex.Message, ex);
        }
    }

    public static void CheckHistory(IReadOnlyList<ReleaseHistoryEntry> history)
    {
        for (var i = 0; i < history.Count; i++)
        {
            if (history[i].Subject is null || history[i].Reasons is null)
            {
                throw new FormatException($"history entry {i + 1} has no subject or no reasons");
            }

            if (history[i].Sequence != i + 1)
            {
                throw new FormatException($"history entry {i + 1} has sequence {history[i].Sequence}");
            }
        }
    }

    private sealed class Document
    {
        public int SchemaVersion { get; init; }

        public ReleaseVersion? Live { get; init; }

        public ReleaseVersion? LastGood { get; init; }

        public required List<ReleaseHistoryEntry> History { get; init; }
    }
}
