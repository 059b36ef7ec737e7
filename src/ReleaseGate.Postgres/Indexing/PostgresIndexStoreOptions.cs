using Microsoft.Extensions.Logging;

namespace ReleaseGate.Postgres.Indexing;

/// <summary>How <see cref="PostgresIndexStore.OpenAsync(string, PostgresIndexStoreOptions, CancellationToken)"/>
/// opens an index.</summary>
public sealed class PostgresIndexStoreOptions
{
    /// <summary>The index name: 1 to 40 lowercase letters, digits or '_'; its tables live in the schema
    /// <c>releasegate_INDEX</c>. Default <c>default</c>.</summary>
    public string Index { get; set; } = "default";

    /// <summary>
    /// The command timeout of operations that touch the whole index or large batches: writes (reindex, sweep,
    /// delete), snapshot, restore and loading the search cache. Queries keep the connection string's
    /// <c>Command Timeout</c> (Npgsql's default is 30 s). <see cref="TimeSpan.Zero"/> means no limit. Default
    /// 30 minutes.
    /// </summary>
    public TimeSpan LongOperationTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The name under <c>ConnectionStrings</c> read by the configuration overload. Default
    /// <c>ReleaseGate</c>.</summary>
    public string ConnectionStringName { get; set; } = "ReleaseGate";

    /// <summary>Receives the start-up line saying how vectors are stored.</summary>
    public ILogger? Logger { get; set; }
}
