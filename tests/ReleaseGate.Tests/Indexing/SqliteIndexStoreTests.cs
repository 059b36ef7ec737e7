using Microsoft.Data.Sqlite;
using ReleaseGate.Indexing;

namespace ReleaseGate.Tests.Indexing;

public sealed class SqliteIndexStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_store_file_is_in_WAL_mode()
    {
        await using var store = await SqliteIndexStore.OpenAsync(_folder.File("index.db"));
        using var connection = new SqliteConnection($"Data Source={store.FilePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public async Task A_second_store_on_the_same_file_searches_what_the_first_wrote()
    {
        await using var reader = await SqliteIndexStore.OpenAsync(_folder.File("index.db"));
        await using var writer = await SqliteIndexStore.OpenAsync(_folder.File("index.db"));
        var query = new VectorQuery(new float[] { 1, 0 }, 5, "fp", DateTimeOffset.UnixEpoch, null);
        Assert.Empty(await reader.SearchAsync(query));

        await writer.ReplaceDocumentsAsync(
            [new DocumentRecord("a.md", null, "h", "fp", new Dictionary<string, string>(), DateTimeOffset.UnixEpoch, null,
                [new ChunkRecord(0, "a", new float[] { 1, 0 })])]);

        Assert.Equal("a.md", Assert.Single(await reader.SearchAsync(query)).DocumentId);
    }

    [Fact]
    public async Task A_file_that_is_not_SQLite_is_refused_with_its_path_and_left_untouched()
    {
        var path = _folder.File("notes.db");
        File.WriteAllText(path, "these are my notes, not a database");

        var error = await Assert.ThrowsAsync<ReleaseGateException>(() => SqliteIndexStore.OpenAsync(path));

        Assert.Equal(ReleaseGateErrorCodes.NotAnIndexStore, error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Equal("these are my notes, not a database", File.ReadAllText(path));
    }

    [Fact]
    public async Task A_SQLite_file_of_another_application_is_refused()
    {
        var path = _folder.File("other.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE customers(id INTEGER)";
            command.ExecuteNonQuery();
        }

        var error = await Assert.ThrowsAsync<ReleaseGateException>(() => SqliteIndexStore.OpenAsync(path));

        Assert.Equal(ReleaseGateErrorCodes.NotAnIndexStore, error.Code);
        Assert.Contains("customers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_store_is_an_error_when_it_must_exist()
    {
        var path = _folder.File("absent.db");

        var error = await Assert.ThrowsAsync<ReleaseGateException>(
            () => SqliteIndexStore.OpenAsync(path, createIfMissing: false));

        Assert.Equal(ReleaseGateErrorCodes.PathNotFound, error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    public void Dispose() => _folder.Dispose();
}
