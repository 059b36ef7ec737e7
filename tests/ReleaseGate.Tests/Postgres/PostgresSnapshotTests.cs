using Microsoft.Extensions.Time.Testing;
using ReleaseGate.Indexing;
using ReleaseGate.Postgres.Indexing;
using ReleaseGate.Tests.Indexing;

namespace ReleaseGate.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSnapshotTests(PostgresCluster cluster) : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero));
    private PostgresIndexStore _store = null!;
    private PostgresSnapshots _snapshots = null!;

    public async Task InitializeAsync()
    {
        _store = await PostgresIndexStore.OpenAsync(cluster.ConnectionString, cluster.NewIndexName());
        _snapshots = new PostgresSnapshots(_store, _time);
        await Index(_store).ReindexAsync(new DirectorySource(ElectronDocs.V1));
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_restore_brings_back_every_document_byte_identical_after_reindex_and_sweep()
    {
        var before = await SnapshotReading.ReadAllAsync(_store);
        var snapshot = await _snapshots.SnapshotAsync(_folder.File("before.db"));
        Assert.Equal(240, snapshot.Manifest.Documents);
        Assert.Equal(before.Values.Sum(d => d.Chunks.Count), snapshot.Manifest.Chunks);
        Assert.Equal(snapshot.Path, (await SqliteSnapshots.VerifySnapshotAsync(snapshot.Path)).Path);

        await Index(_store).ReindexAsync(new DirectorySource(ElectronDocs.V2));
        _time.Advance(TimeSpan.FromDays(400));
        Assert.Equal(247, (await Index(_store).SweepExpiredAsync()).Removed.Count);

        await _snapshots.RestoreAsync(snapshot.Path);

        SnapshotReading.Same(before, await SnapshotReading.ReadAllAsync(_store));
        Assert.True((await Index(_store).FindStaleAsync(new DirectorySource(ElectronDocs.V1))).IsCurrent);
    }

    [Fact]
    public async Task A_postgres_snapshot_restores_into_sqlite_byte_identical_with_the_same_manifest()
    {
        var before = await SnapshotReading.ReadAllAsync(_store);
        var fromPostgres = await _snapshots.SnapshotAsync(_folder.File("pg.db"));
        await using var sqlite = await SqliteIndexStore.OpenAsync(_folder.File("live.db"));

        await new SqliteSnapshots(sqlite).RestoreAsync(fromPostgres.Path);

        SnapshotReading.Same(before, await SnapshotReading.ReadAllAsync(sqlite));
        Assert.Equal((await _store.GetInfoAsync()).Fingerprint, (await sqlite.GetInfoAsync()).Fingerprint);
        var fromSqlite = await new SqliteSnapshots(sqlite, _time).SnapshotAsync(_folder.File("sqlite.db"));
        Assert.Equal(fromPostgres.Manifest.DocumentHashes, fromSqlite.Manifest.DocumentHashes);
        Assert.Equal(
            (fromPostgres.Manifest.Documents, fromPostgres.Manifest.Chunks, fromPostgres.Manifest.Fingerprint),
            (fromSqlite.Manifest.Documents, fromSqlite.Manifest.Chunks, fromSqlite.Manifest.Fingerprint));
    }

    [Fact]
    public async Task A_sqlite_snapshot_restores_into_a_new_postgres_index_byte_identical()
    {
        await using var sqlite = await SqliteIndexStore.OpenAsync(_folder.File("source.db"));
        await Index(sqlite).ReindexAsync(new DirectorySource(ElectronDocs.V2));
        var before = await SnapshotReading.ReadAllAsync(sqlite);
        var snapshot = await new SqliteSnapshots(sqlite, _time).SnapshotAsync(_folder.File("sqlite.db"));
        await using var empty = await PostgresIndexStore.OpenAsync(cluster.ConnectionString, cluster.NewIndexName());

        await new PostgresSnapshots(empty).RestoreAsync(snapshot.Path);

        SnapshotReading.Same(before, await SnapshotReading.ReadAllAsync(empty));
        Assert.Equal((await sqlite.GetInfoAsync()).Fingerprint, (await empty.GetInfoAsync()).Fingerprint);
        Assert.True((await Index(empty).FindStaleAsync(new DirectorySource(ElectronDocs.V2))).IsCurrent);
        var query = await Index(empty).SearchAsync("How do I create a BrowserWindow?", top: 5);
        var expected = await Index(sqlite).SearchAsync("How do I create a BrowserWindow?", top: 5);
        Assert.Equal(expected.Select(h => (h.DocumentId, h.Ordinal)), query.Select(h => (h.DocumentId, h.Ordinal)));
    }

    [Fact]
    public async Task A_snapshot_with_one_flipped_byte_is_refused_and_the_live_index_is_untouched()
    {
        var snapshot = await _snapshots.SnapshotAsync(_folder.File("flip.db"));
        await Index(_store).ReindexAsync(new DirectorySource(ElectronDocs.V2));
        var bytes = await File.ReadAllBytesAsync(snapshot.Path);
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(snapshot.Path, bytes);
        var before = await SnapshotReading.ReadAllAsync(_store);

        var error = await Assert.ThrowsAsync<ReleaseGateException>(() => _snapshots.RestoreAsync(snapshot.Path));

        Assert.Equal(ReleaseGateErrorCodes.SnapshotCorrupt, error.Code);
        Assert.Contains(snapshot.Path, error.Message, StringComparison.Ordinal);
        SnapshotReading.Same(before, await SnapshotReading.ReadAllAsync(_store));
    }

    [Fact]
    public async Task A_restore_that_fails_partway_rolls_back_every_document()
    {
        await using var sqlite = await SqliteIndexStore.OpenAsync(_folder.File("nul.db"));
        await Index(sqlite).ReindexAsync(new DirectorySource(ElectronDocs.V2));
        var poisoned = (await sqlite.GetDocumentAsync("api/app.md"))!;
        await sqlite.ReplaceDocumentsAsync(
            [poisoned with { Chunks = [.. poisoned.Chunks.Select(c => c with { Text = c.Text + "\0" })] }]);
        var snapshot = await new SqliteSnapshots(sqlite, _time).SnapshotAsync(_folder.File("nul-snapshot.db"));
        var before = await SnapshotReading.ReadAllAsync(_store);

        var error = await Assert.ThrowsAsync<ReleaseGateException>(() => _snapshots.RestoreAsync(snapshot.Path));

        Assert.Equal(ReleaseGateErrorCodes.PostgresTextHasNul, error.Code);
        Assert.Contains("'api/app.md'", error.Message, StringComparison.Ordinal);
        SnapshotReading.Same(before, await SnapshotReading.ReadAllAsync(_store));
    }

    private KnowledgeIndex Index(IIndexStore store) => new(
        store,
        new CountingEmbedder(),
        RedactionPolicy.None,
        new KnowledgeIndexOptions { TimeProvider = _time, DefaultTimeToLive = TimeSpan.FromDays(365) });
}
