namespace ReleaseGate;

/// <summary>
/// The runtime and CLI error codes (<c>RG3xxx</c>). Each code has a help page under <c>docs/errors/</c>.
/// </summary>
public static class ReleaseGateErrorCodes
{
    /// <summary>A path given to the library or the CLI does not exist or cannot be read.</summary>
    public const string PathNotFound = "RG3001";

    /// <summary>A source file exists but cannot be read as UTF-8 text (permissions, binary content).</summary>
    public const string UnreadableSourceFile = "RG3002";

    /// <summary>A store file is not a SQLite database, or not a ReleaseGate index, or from a newer schema.</summary>
    public const string NotAnIndexStore = "RG3003";

    /// <summary>The store was built by another pipeline (embedding model, dimensions, chunker or redaction).</summary>
    public const string PipelineMismatch = "RG3004";

    /// <summary>A snapshot file is damaged: its checksum, size or SQLite integrity check fails.</summary>
    public const string SnapshotCorrupt = "RG3005";

    /// <summary>A snapshot's manifest is missing, unreadable, or does not describe the snapshot's content.</summary>
    public const string SnapshotManifestMismatch = "RG3006";

    /// <summary>An embedder name, or what an embedder returned, cannot be used by the index.</summary>
    public const string EmbedderUnusable = "RG3007";

    /// <summary>The PostgreSQL server of a store cannot be reached (down, wrong host or port, timed out).</summary>
    public const string PostgresUnreachable = "RG3601";

    /// <summary>The PostgreSQL server refused the connection (password, user, database or access rules).</summary>
    public const string PostgresConnectionRefused = "RG3602";

    /// <summary>A PostgreSQL connection string or URI cannot be read.</summary>
    public const string PostgresConnectionStringInvalid = "RG3603";
}
