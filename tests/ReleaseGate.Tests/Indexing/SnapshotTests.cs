using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using ReleaseGate.Indexing;

namespace ReleaseGate.Tests.Indexing;

public sealed class SnapshotTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero));
    private SqliteIndexStore _store = null!;
    private SqliteSnapshots _snapshots = null!;

    public async Task InitializeAsync()
    {
        _store = await SqliteIndexStore.OpenAsync(_folder.File("live.db"));
        _snapshots = new SqliteSnapshots(_store, _time);
        await Index().ReindexAsync(new DirectorySource(ElectronDocs.V1));
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_restore_brings_back_every_document_byte_identical_after_reindex_and_sweep()
    {
        var before = await ReadAllAsync();
        var snapshot = await _snapshots.SnapshotAsync(_folder.File("before.db"));
        Assert.Equal((240, before.Values.Sum(d => d.Chunks.Count)), ((int)snapshot.Manifest.Documents, (int)snapshot.Manifest.Chunks));

        await Index().ReindexAsync(new DirectorySource(ElectronDocs.V2));
        _time.Advance(TimeSpan.FromDays(400));
        var swept = await Index().SweepExpiredAsync();
        Assert.Equal(247, swept.Removed.Count);

        await _snapshots.RestoreAsync(snapshot.Path);

        var after = await ReadAllAsync();
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (id, document) in before)
        {
            IndexStoreContractAssert.Same(document, after[id]);
        }

        Assert.True((await Index().FindStaleAsync(new DirectorySource(ElectronDocs.V1))).IsCurrent);
    }

    [Fact]
    public async Task A_snapshot_with_one_flipped_byte_is_refused_and_the_live_store_is_untouched()
    {
        var snapshot = await _snapshots.SnapshotAsync(_folder.File("flip.db"));
        var bytes = await File.ReadAllBytesAsync(snapshot.Path);
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(snapshot.Path, bytes);

        var error = await RefusedAsync(snapshot.Path);

        Assert.Equal(ReleaseGateErrorCodes.SnapshotCorrupt, error.Code);
        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_snapshot_is_refused_and_the_live_store_is_untouched()
    {
        var snapshot = await _snapshots.SnapshotAsync(_folder.File("short.db"));
        using (var stream = File.OpenWrite(snapshot.Path))
        {
            stream.SetLength(stream.Length / 3);
        }

        var error = await RefusedAsync(snapshot.Path);

        Assert.Equal(ReleaseGateErrorCodes.SnapshotCorrupt, error.Code);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snapshot_whose_manifest_does_not_match_is_refused_and_the_live_store_is_untouched()
    {
        var snapshot = await _snapshots.SnapshotAsync(_folder.File("other.db"));
        var manifestPath = SnapshotManifest.PathFor(snapshot.Path);
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(manifestPath))!;
        manifest["documentHashes"]!["api/app.md"] = new string('0', 64);
        await File.WriteAllTextAsync(manifestPath, manifest.ToJsonString());

        var error = await RefusedAsync(snapshot.Path);

        Assert.Equal(ReleaseGateErrorCodes.SnapshotManifestMismatch, error.Code);
        Assert.Contains("api/app.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snapshot_without_its_manifest_is_refused()
    {
        var snapshot = await _snapshots.SnapshotAsync(_folder.File("lonely.db"));
        File.Delete(SnapshotManifest.PathFor(snapshot.Path));

        var error = await RefusedAsync(snapshot.Path);

        Assert.Equal(ReleaseGateErrorCodes.SnapshotManifestMismatch, error.Code);
    }

    [Fact]
    public async Task Snapshots_are_listed_newest_first_and_pruned_to_the_newest_n()
    {
        var folder = Path.Combine(_folder.Path, "snapshots");
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "a.db", "b.db", "c.db" })
        {
            await _snapshots.SnapshotAsync(Path.Combine(folder, name));
            _time.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(["c.db", "b.db", "a.db"], SqliteSnapshots.List(folder).Select(s => Path.GetFileName(s.Path)));
        var pruned = SqliteSnapshots.Prune(folder, keep: 2);

        Assert.Equal(["a.db"], pruned.Select(s => Path.GetFileName(s.Path)));
        Assert.Equal(["c.db", "b.db"], SqliteSnapshots.List(folder).Select(s => Path.GetFileName(s.Path)));
        Assert.False(File.Exists(Path.Combine(folder, "a.db.manifest.json")));
    }

    private async Task<ReleaseGateException> RefusedAsync(string snapshotPath)
    {
        var before = await ReadAllAsync();
        await Assert.ThrowsAsync<ReleaseGateException>(() => SqliteSnapshots.VerifySnapshotAsync(snapshotPath));
        var error = await Assert.ThrowsAsync<ReleaseGateException>(() => _snapshots.RestoreAsync(snapshotPath));

        Assert.Contains(snapshotPath, error.Message, StringComparison.Ordinal);
        var after = await ReadAllAsync();
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (id, document) in before)
        {
            IndexStoreContractAssert.Same(document, after[id]);
        }

        Assert.False(File.Exists(_store.FilePath + ".restoring"));
        return error;
    }

    private async Task<SortedDictionary<string, DocumentRecord>> ReadAllAsync()
    {
        var all = new SortedDictionary<string, DocumentRecord>(StringComparer.Ordinal);
        foreach (var id in (await _store.GetDocumentStatesAsync()).Keys)
        {
            all[id] = (await _store.GetDocumentAsync(id))!;
        }

        return all;
    }

    private KnowledgeIndex Index() => new(
        _store,
        new CountingEmbedder(),
        RedactionPolicy.None,
        new KnowledgeIndexOptions { TimeProvider = _time, DefaultTimeToLive = TimeSpan.FromDays(365) });
}
