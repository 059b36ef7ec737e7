using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using ReleaseGate.Releases;
using ReleaseGate.Releases.Channel;

namespace ReleaseGate.Postgres.Releases;

/// <summary>
/// Keeps release channels in a PostgreSQL database, so several deploy agents share one live and last-good state.
/// The history is a table of entries in the same JSON as the file store's journal; the state is rebuilt from it.
/// </summary>
/// <remarks>
/// An update holds a transaction-scoped advisory lock for its channel, reads the history, asks for the next entry
/// and inserts it in the same transaction, so two agents never both act on the same state; the primary key on
/// (channel, sequence) refuses a second entry with the same number even without the lock.
/// </remarks>
public sealed class PostgresReleaseStateStore : IReleaseStateStore, IDisposable
{
    private const string Schema = "releasegate_releases";
    private const int SchemaVersion = 1;

    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlConnectionStringBuilder _settings;
    private readonly long _lockKey;
    private readonly TimeSpan _lockTimeout;

    /// <summary>Connects to a channel, creating the tables on first use.</summary>
    /// <param name="connectionString">Npgsql keywords (<c>Host=...</c>) or a <c>postgres://</c> URI.</param>
    /// <param name="channel">The channel name, such as <c>production</c>.</param>
    /// <param name="lockTimeout">How long an update waits for another agent's update; 30 seconds by default.</param>
    /// <exception cref="ReleaseGateException">The connection string is invalid (RG3603), or the server cannot be
    /// reached (RG3601) or refuses the connection (RG3602).</exception>
    public PostgresReleaseStateStore(string connectionString, string channel = "default", TimeSpan? lockTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentException.ThrowIfNullOrEmpty(channel);
        Channel = channel;
        _lockTimeout = lockTimeout ?? TimeSpan.FromSeconds(30);
        _settings = PostgresConnectionString.Parse(connectionString);
        _lockKey = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("releasegate.channel:" + channel)), 0);
        Location = $"postgresql://{_settings.Host}:{_settings.Port}/{_settings.Database ?? _settings.Username}" +
            $"?channel={channel}";
        _dataSource = NpgsqlDataSource.Create(_settings);
        try
        {
            EnsureCreated();
        }
        catch
        {
            _dataSource.Dispose();
            throw;
        }
    }

    /// <summary>The channel name.</summary>
    public string Channel { get; }

    /// <summary>The server, database and channel, for messages; never the password.</summary>
    public string Location { get; }

    /// <inheritdoc />
    public ReleaseState Read()
    {
        using var connection = PostgresFailures.Open(_dataSource, _settings);
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        return ReadState(connection, transaction);
    }

    /// <inheritdoc />
    public ReleaseState Update(Func<ReleaseState, ReleaseHistoryEntry?> decide)
    {
        ArgumentNullException.ThrowIfNull(decide);
        using var connection = PostgresFailures.Open(_dataSource, _settings);
        using var transaction = connection.BeginTransaction();
        Lock(connection, transaction);
        var state = ReadState(connection, transaction);
        var entry = decide(state);
        if (entry is null)
        {
            return state;
        }

        if (entry.Sequence != state.History.Count + 1)
        {
            throw new InvalidOperationException(
                $"History entry {entry.Sequence} does not follow entry {state.History.Count}.");
        }

        var next = state.Apply(entry);
        using (var insert = new NpgsqlCommand(
            $"INSERT INTO {Schema}.history(channel, sequence, entry) VALUES ($1, $2, $3)", connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Channel });
            insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = entry.Sequence });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ReleaseStateJson.SerializeEntry(entry) });
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return next;
    }

    /// <inheritdoc />
    public void SaveReport(string sha256, ReadOnlySpan<byte> content)
    {
        CheckHash(sha256);
        using var connection = PostgresFailures.Open(_dataSource, _settings);
        using var command = new NpgsqlCommand(
            $"INSERT INTO {Schema}.reports(channel, sha256, content) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Channel });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sha256.ToLowerInvariant() });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = content.ToArray() });
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public byte[] LoadReport(string sha256)
    {
        CheckHash(sha256);
        using var connection = PostgresFailures.Open(_dataSource, _settings);
        using var command = new NpgsqlCommand(
            $"SELECT content FROM {Schema}.reports WHERE channel = $1 AND sha256 = $2", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Channel });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sha256.ToLowerInvariant() });
        if (command.ExecuteScalar() is not byte[] bytes)
        {
            throw new ReleaseStateCorruptException(
                Location, $"{Location}: the kept score report {sha256} of a released version is missing. " +
                          "Promote that version again with its report to restore it.");
        }

        if (!string.Equals(Convert.ToHexString(SHA256.HashData(bytes)), sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ReleaseStateCorruptException(
                Location, $"{Location}: the kept score report {sha256} does not match its SHA-256; it was modified. " +
                          "Promote that version again with its original report to restore it.");
        }

        return bytes;
    }

    /// <inheritdoc />
    public void Dispose() => _dataSource.Dispose();

    private ReleaseState ReadState(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        using var command = new NpgsqlCommand(
            $"SELECT entry FROM {Schema}.history WHERE channel = $1 ORDER BY sequence", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Channel });
        using var reader = command.ExecuteReader();
        var state = ReleaseState.Empty;
        try
        {
            var history = new List<ReleaseHistoryEntry>();
            while (reader.Read())
            {
                history.Add(ReleaseStateJson.DeserializeEntry(reader.GetString(0)));
            }

            ReleaseStateJson.CheckHistory(history);
            return history.Aggregate(state, (current, entry) => current.Apply(entry));
        }
        catch (FormatException ex)
        {
            throw new ReleaseStateCorruptException(
                Location,
                $"{ReleaseGateErrorCodes.ReleaseStateCorrupt}: the history of {Location} cannot be read ({ex.Message}). " +
                $"Inspect the rows of {Schema}.history for this channel; nothing was changed.",
                ex);
        }
    }

    private void Lock(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var milliseconds = ((long)_lockTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        using (var timeout = new NpgsqlCommand($"SET LOCAL lock_timeout = {milliseconds}", connection, transaction))
        {
            timeout.ExecuteNonQuery();
        }

        using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = _lockKey });
        try
        {
            command.ExecuteNonQuery();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            throw new TimeoutException(
                $"{ReleaseGateErrorCodes.ReleaseStateLocked}: {Location} stayed locked by another agent for " +
                $"{_lockTimeout.TotalSeconds:0} s. If no releasegate process is running against it, try again.",
                ex);
        }
    }

    private void EnsureCreated()
    {
        using var connection = PostgresFailures.Open(_dataSource, _settings);
        using var transaction = connection.BeginTransaction();
        using (var command = new NpgsqlCommand(
            "SELECT pg_advisory_xact_lock(hashtext('releasegate.releases.schema'))", connection, transaction))
        {
            command.ExecuteNonQuery();
        }

        using (var create = new NpgsqlCommand(
            $"""
            CREATE SCHEMA IF NOT EXISTS {Schema};
            CREATE TABLE IF NOT EXISTS {Schema}.meta(key text PRIMARY KEY, value text NOT NULL);
            INSERT INTO {Schema}.meta(key, value) VALUES ('schema_version', '{SchemaVersion}') ON CONFLICT DO NOTHING;
            CREATE TABLE IF NOT EXISTS {Schema}.history(
                channel text COLLATE "C" NOT NULL, sequence bigint NOT NULL, entry text NOT NULL,
                PRIMARY KEY(channel, sequence));
            CREATE TABLE IF NOT EXISTS {Schema}.reports(
                channel text COLLATE "C" NOT NULL, sha256 text NOT NULL, content bytea NOT NULL,
                PRIMARY KEY(channel, sha256));
            """,
            connection,
            transaction))
        {
            create.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static void CheckHash(string sha256)
    {
        if (sha256 is null || sha256.Length != 64 || !sha256.All(Uri.IsHexDigit))
        {
            throw new ArgumentException($"\"{sha256}\" is not a SHA-256 in hex.", nameof(sha256));
        }
    }
}
