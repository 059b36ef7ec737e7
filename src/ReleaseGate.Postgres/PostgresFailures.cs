using System.Net.Sockets;
using Npgsql;

namespace ReleaseGate.Postgres;

/// <summary>Turns Npgsql's connection failures into errors that name the server and what to do.</summary>
internal static class PostgresFailures
{
    // https://www.postgresql.org/docs/current/errcodes-appendix.html
    private static readonly HashSet<string> RefusedStates =
    [
        PostgresErrorCodes.InvalidPassword,
        PostgresErrorCodes.InvalidAuthorizationSpecification,
        PostgresErrorCodes.InvalidCatalogName,
        PostgresErrorCodes.InsufficientPrivilege,
    ];

    private static readonly HashSet<string> UnavailableStates =
    [
        PostgresErrorCodes.CannotConnectNow,
        PostgresErrorCodes.AdminShutdown,
        PostgresErrorCodes.TooManyConnections,
    ];

    /// <summary>Opens a connection, translating a server that is down or refuses into RG3601 or RG3602.</summary>
    public static async Task<NpgsqlConnection> OpenAsync(
        NpgsqlDataSource dataSource, NpgsqlConnectionStringBuilder settings, CancellationToken cancellationToken)
    {
        try
        {
            return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (Translate(ex, settings, cancellationToken) is { } error)
        {
            throw error;
        }
    }

    /// <summary>The synchronous form of <see cref="OpenAsync"/>, for synchronous callers.</summary>
    public static NpgsqlConnection Open(NpgsqlDataSource dataSource, NpgsqlConnectionStringBuilder settings)
    {
        try
        {
            return dataSource.OpenConnection();
        }
        catch (Exception ex) when (Translate(ex, settings, CancellationToken.None) is { } error)
        {
            throw error;
        }
    }

    private static ReleaseGateException? Translate(
        Exception ex, NpgsqlConnectionStringBuilder settings, CancellationToken cancellationToken)
    {
        if (ex is PostgresException refused && RefusedStates.Contains(refused.SqlState))
        {
            return new ReleaseGateException(
                ReleaseGateErrorCodes.PostgresConnectionRefused,
                $"{ReleaseGateErrorCodes.PostgresConnectionRefused}: the PostgreSQL server " +
                $"{PostgresConnectionString.Describe(settings)} refused the connection: {refused.MessageText}. " +
                "Check the user, password and database in the connection string, or the server's pg_hba.conf; " +
                "nothing was read or written.",
                innerException: ex);
        }

        if (!IsUnreachable(ex) || cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        return new ReleaseGateException(
            ReleaseGateErrorCodes.PostgresUnreachable,
            $"{ReleaseGateErrorCodes.PostgresUnreachable}: the PostgreSQL server " +
            $"{PostgresConnectionString.Describe(settings)} cannot be reached ({Reason(ex)}). Start the server " +
            $"or correct Host and Port (check with 'pg_isready -h {settings.Host} -p {settings.Port}'); " +
            "nothing was read or written.",
            innerException: ex);
    }

    private static bool IsUnreachable(Exception ex) => ex switch
    {
        PostgresException postgres => UnavailableStates.Contains(postgres.SqlState),
        NpgsqlException => true,
        SocketException or TimeoutException => true,
        _ => false,
    };

    private static string Reason(Exception ex)
    {
        for (var inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.Message;
            }
        }

        return ex.Message;
    }
}
