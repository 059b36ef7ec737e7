using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ReleaseGate.Tests.Postgres;

/// <summary>
/// A real PostgreSQL server for the test run: the one named by <c>RELEASEGATE_TEST_POSTGRES</c>, or else a
/// throw-away cluster made with <c>initdb</c> in a temp folder, listening on a free loopback port, stopped and
/// deleted at the end. Local socket connections are trusted; TCP connections need the password.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    public const string Variable = "RELEASEGATE_TEST_POSTGRES";
    private const string User = "app";
    internal const string FolderPrefix = "rg-pg-";

    // Names the test host that started a cluster, so a later run can tell a cluster whose host died.
    internal const string OwnerFile = "owner";

    private static readonly string BinFolder =
        Environment.GetEnvironmentVariable("RELEASEGATE_POSTGRES_BIN") ?? "/usr/lib/postgresql/15/bin";

    private readonly List<string> _indexes = [];
    private string? _folder;

    /// <summary>A TCP connection string with the password.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>Whether this fixture started the server, so it knows its port and password rules.</summary>
    public bool Owned { get; private set; }

    public int Port { get; private set; }

    public string Password { get; } = "rg-" + Guid.NewGuid().ToString("N");

    /// <summary>A fresh index name; its schema is dropped when an outside server is used.</summary>
    public string NewIndexName()
    {
        var name = "t" + Guid.NewGuid().ToString("N")[..16];
        lock (_indexes)
        {
            _indexes.Add(name);
        }

        return name;
    }

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } outside)
        {
            ConnectionString = outside;
            return;
        }

        var initdb = Path.Combine(BinFolder, "initdb");
        if (!File.Exists(initdb))
        {
            throw new InvalidOperationException(
                $"{initdb} is missing: install PostgreSQL 15 (.ci/setup.d/10-postgres.sh does it in CI) or set " +
                $"{Variable} to a connection string.");
        }

        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException($"Set {Variable} to a PostgreSQL connection string on Windows.");
        }

        await StopOrphanedClustersAsync();
        _folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
        await File.WriteAllTextAsync(Path.Combine(_folder, OwnerFile), OwnerStamp(Process.GetCurrentProcess()));
        File.SetUnixFileMode(
            _folder,
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead
            | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres", _folder);
        }

        var data = Path.Combine(_folder, "data");
        Port = FreePort();
        await RunAsPostgresAsync(
            initdb, "-D", data, "-U", User, "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
            "--no-sync");
        var options = $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off " +
            "-c synchronous_commit=off -c full_page_writes=off";
        await RunAsPostgresAsync(
            Path.Combine(BinFolder, "pg_ctl"), "start", "-w", "-D", data, "-l", Path.Combine(_folder, "server.log"),
            "-o", options);
        Owned = true;

        var socket = $"Host={_folder};Port={Port};Username={User};Database=postgres";
        await using (var connection = new NpgsqlConnection(socket))
        {
            await connection.OpenAsync();
            using var command = new NpgsqlCommand($"ALTER ROLE {User} PASSWORD '{Password}'", connection);
            await command.ExecuteNonQueryAsync();
        }

        ConnectionString =
            $"Host=127.0.0.1;Port={Port};Username={User};Password={Password};Database=postgres;Include Error Detail=true";
    }

    public async Task DisposeAsync()
    {
        if (!Owned)
        {
            await DropTestSchemasAsync();
            return;
        }

        await RunAsPostgresAsync(Path.Combine(BinFolder, "pg_ctl"), "stop", "-w", "-m", "fast", "-D",
            Path.Combine(_folder!, "data"));
        Directory.Delete(_folder!, recursive: true);
    }

    /// <summary>A loopback port nothing listens on at the moment.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Stops and deletes the clusters of earlier runs whose test host died before its cleanup ran. Clusters of
    /// live hosts (other runs on this machine) and folders without an owner stamp are left alone.
    /// </summary>
    internal static async Task StopOrphanedClustersAsync()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.Combine(folder, OwnerFile);
            if (!File.Exists(owner) || IsAlive(await File.ReadAllTextAsync(owner)))
            {
                continue;
            }

            var data = Path.Combine(folder, "data");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                try
                {
                    await RunAsPostgresAsync(Path.Combine(BinFolder, "pg_ctl"), "stop", "-w", "-m", "immediate", "-D", data);
                }
                catch (InvalidOperationException)
                {
                    // The server died with its host and left a stale pid file: nothing is left to stop.
                }
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    internal static string OwnerStamp(Process process) =>
        $"{process.Id} {process.StartTime.ToUniversalTime().Ticks}";

    private static bool IsAlive(string stamp)
    {
        var parts = stamp.Split(' ');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var pid))
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return OwnerStamp(process) == stamp.Trim();
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private async Task DropTestSchemasAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        foreach (var index in _indexes)
        {
            using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS releasegate_{index} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    // initdb and the server refuse to run as root; they run as the postgres user that owns the folder.
    private static Task RunAsPostgresAsync(params string[] arguments) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", .. arguments])
            : RunAsync(arguments[0], arguments[1..]);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
