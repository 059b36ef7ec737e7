using System.Globalization;
using Npgsql;

namespace ReleaseGate.Postgres;

/// <summary>
/// Reads a PostgreSQL connection string in either of the forms people paste from configuration: Npgsql's
/// <c>Host=...;Username=...</c> keywords or a libpq URI <c>postgres://user:password@host:port/database</c>.
/// </summary>
public static class PostgresConnectionString
{
    private static readonly Dictionary<string, string> UriParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["options"] = "Options",
        ["host"] = "Host",
        ["port"] = "Port",
        ["user"] = "Username",
        ["password"] = "Password",
        ["dbname"] = "Database",
    };

    /// <summary>Whether a <c>--store</c> value names a PostgreSQL server rather than a file.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> for a <c>postgres://</c> or <c>postgresql://</c> URI, or a keyword
    /// string with a <c>Host=</c> or <c>Server=</c> keyword.</returns>
    public static bool Recognizes(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.TrimStart();
        return IsUri(trimmed)
            || trimmed.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("Server=", StringComparison.OrdinalIgnoreCase)
            || trimmed.Contains(";Host=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Converts either form into Npgsql's settings.</summary>
    /// <param name="value">A keyword connection string or a <c>postgres://</c> URI.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ReleaseGateException">RG3603 when the value cannot be read; the message never shows
    /// the password.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        try
        {
            var builder = IsUri(trimmed) ? FromUri(trimmed) : new NpgsqlConnectionStringBuilder(trimmed);
            if (string.IsNullOrEmpty(builder.Host))
            {
                throw Invalid("it names no host (add Host=... or use postgres://user@host/database)");
            }

            return builder;
        }
        catch (ArgumentException ex)
        {
            throw Invalid($"Npgsql does not accept it ({ex.Message})");
        }
        catch (UriFormatException ex)
        {
            throw Invalid($"it is not a valid URI ({ex.Message})");
        }
    }

    /// <summary>The server, port, database and user of a connection, for messages; never the password.</summary>
    /// <param name="builder">The settings.</param>
    /// <returns>For example <c>db.example.com:5432/app (user app)</c>.</returns>
    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username} (user {builder.Username})");
    }

    private static bool IsUri(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    private static NpgsqlConnectionStringBuilder FromUri(string value)
    {
        var uri = new Uri(value);
        var builder = new NpgsqlConnectionStringBuilder();
        if (uri.Host.Length > 0)
        {
            builder.Host = uri.Host;
        }

        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            var setting = UriParameters.GetValueOrDefault(key)
                ?? throw Invalid($"its URI parameter '{key}' is not one ReleaseGate maps to Npgsql " +
                    $"({string.Join(", ", UriParameters.Keys)}); use the Host=... form for other settings");
            builder[setting] = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
        }

        return builder;
    }

    /// <summary>The error for a configuration that has no connection string under <paramref name="key"/>.</summary>
    internal static ReleaseGateException Missing(string key)
    {
        return new ReleaseGateException(
            ReleaseGateErrorCodes.PostgresConnectionStringInvalid,
            $"{ReleaseGateErrorCodes.PostgresConnectionStringInvalid}: the configuration has no PostgreSQL " +
            $"connection string at '{key}'. Set it (for example in appsettings.json or the environment variable " +
            $"{key.Replace(":", "__", StringComparison.Ordinal)}) to 'Host=HOST;Database=DB;Username=USER;Password=...'.",
            key);
    }

    private static ReleaseGateException Invalid(string why)
    {
        return new ReleaseGateException(
            ReleaseGateErrorCodes.PostgresConnectionStringInvalid,
            $"{ReleaseGateErrorCodes.PostgresConnectionStringInvalid}: the PostgreSQL connection string cannot be " +
            $"used because {why}. Write it as 'Host=HOST;Port=5432;Database=DB;Username=USER;Password=...' or " +
            "'postgres://USER:PASSWORD@HOST:5432/DB'.");
    }
}
