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

    /// <summary>A document holds a NUL character, which PostgreSQL text cannot store.</summary>
    public const string PostgresTextHasNul = "RG3604";

    /// <summary>No secret with the given name exists in the secret store.</summary>
    public const string SecretNotFound = "RG3401";

    /// <summary>An encrypted secret store failed its integrity check: it was changed or damaged.</summary>
    public const string SecretStoreTampered = "RG3402";

    /// <summary>An encrypted secret store was written with a different key than the one given.</summary>
    public const string SecretStoreWrongKey = "RG3403";

    /// <summary>The secret store key is missing or is not 32 bytes of base64.</summary>
    public const string SecretStoreKeyInvalid = "RG3404";

    /// <summary>A file is not a secret store this version can read (header, format or content).</summary>
    public const string SecretStoreUnreadable = "RG3405";

    /// <summary>A grace duration is not a valid, non-negative duration such as <c>10m</c>.</summary>
    public const string InvalidGraceDuration = "RG3406";

    /// <summary>A command that needs a secret value on standard input read none.</summary>
    public const string SecretValueMissing = "RG3407";

    /// <summary>The secret store could not be written; the previous contents are unchanged.</summary>
    public const string SecretStoreWriteFailed = "RG3408";

    /// <summary>A score report, eval set, policy or accepted-regressions file was refused.</summary>
    public const string EvaluationInputInvalid = "RG3201";

    /// <summary>A release channel's state file is corrupt; it can be rebuilt from its history journal.</summary>
    public const string ReleaseStateCorrupt = "RG3202";

    /// <summary>A rollback was asked for but the channel has no last-good version.</summary>
    public const string NothingToRollBack = "RG3203";

    /// <summary>Another process held the release channel's lock for longer than the wait allowed.</summary>
    public const string ReleaseStateLocked = "RG3204";

    /// <summary>A canary was asked for but the channel has no live version to compare with.</summary>
    public const string NoLiveVersion = "RG3205";

    /// <summary>A JSON Lines record given to <c>redact</c> is not an object, or its text field is not a string.</summary>
    public const string RedactInputInvalid = "RG3801";

    /// <summary>The keyed pseudonym style was asked for without a key of at least 16 bytes.</summary>
    public const string PseudonymKeyMissing = "RG3802";
}
