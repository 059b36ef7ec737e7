using Microsoft.Extensions.Time.Testing;
using ReleaseGate.Indexing;

namespace OpsDemo;

/// <summary>Steps 1 to 4: build, reindex what changed, sweep what expired, restore a snapshot.</summary>
internal sealed class IndexSteps(
    DemoWorkspace workspace, SqliteIndexStore store, CountingEmbedder embedder, FakeTimeProvider clock, Evidence evidence)
{
    public const string ChangedDocument = "runbooks/deploy.md";
    public const string ExpiringDocument = "news/maintenance-window.md";

    // The personal data planted in docs/: none of it may be stored.
    private static readonly string[] Planted =
    [
        "dana.whitfield@northwind-ops.example", "415 555 0137", "4111 1111 1111 1111", "219-09-9999", "10.20.30.40",
        "sk_live_51Hx8mQ2eZvKYlo2C9aB3cD4eF5gH6iJ7kL8m",
    ];

    private readonly IDocumentSource _source =
        new TimeToLiveSource(new DirectorySource(workspace.SourceFolder), "news/", TimeSpan.FromDays(2));

    private readonly KnowledgeIndex _index = new(
        store, embedder, RedactionPolicy.Default, new KnowledgeIndexOptions { TimeProvider = clock });

    private readonly SqliteSnapshots _snapshots = new(store, clock);

    private string _originalHash = "";

    public async Task BuildAsync()
    {
        evidence.Step($"1. Build the index from {workspace.SourceFolder} into {workspace.IndexFile}");
        embedder.Reset();
        var result = await _index.ReindexAsync(_source);
        evidence.Show($"added {result.Added}, chunks embedded {result.ChunksEmbedded}, embedding calls {embedder.Calls}");
        evidence.Check(result.Added == 5 && result.Updated == 0, "all 5 documents were added");

        var stored = await ReadAllStoredTextAsync();
        foreach (var line in stored.Split('\n').Where(l => l.Contains('[', StringComparison.Ordinal) && l.Contains(']')))
        {
            evidence.Show($"stored: {line.Trim()}");
        }

        var leaked = Planted.Where(value => stored.Contains(value, StringComparison.Ordinal)).ToList();
        evidence.Check(leaked.Count == 0, $"none of the {Planted.Length} planted personal values is in the stored text");
        _originalHash = (await store.GetDocumentAsync(ChangedDocument))!.ContentHash;
    }

    public async Task SnapshotAsync()
    {
        evidence.Step("4a. Snapshot the index before changing anything");
        var snapshot = await _snapshots.SnapshotAsync(workspace.SnapshotFile);
        var verified = await SqliteSnapshots.VerifySnapshotAsync(snapshot.Path);
        evidence.Show($"snapshot {Path.GetFileName(snapshot.Path)}: {verified.Manifest.Documents} documents, " +
            $"{verified.Manifest.Chunks} chunks, sha256 {verified.Manifest.Sha256[..12]}");
        evidence.Check(verified.Manifest.Documents == 5, "the snapshot verifies and holds the 5 documents");
    }

    public async Task ReindexChangedAsync()
    {
        evidence.Step($"2. Change {ChangedDocument} and reindex only it");
        await File.AppendAllTextAsync(
            Path.Combine(workspace.SourceFolder, ChangedDocument),
            "\nCanary results are kept with every release so a rollback can be explained later.\n");
        var stale = await _index.FindStaleAsync(_source);
        evidence.Show($"stale: changed [{string.Join(", ", stale.Changed)}], new {stale.New.Count}, " +
            $"deleted {stale.Deleted.Count}, unchanged {stale.Unchanged}");
        evidence.Check(stale.Changed.SequenceEqual([ChangedDocument]) && stale.New.Count == 0 && stale.Deleted.Count == 0,
            $"exactly {ChangedDocument} is stale");

        embedder.Reset();
        var result = await _index.ReindexAsync(_source);
        var chunks = (await store.GetDocumentAsync(ChangedDocument))!.Chunks.Count;
        evidence.Show($"updated {result.Updated}, unchanged {result.Unchanged}, chunks embedded {result.ChunksEmbedded}, " +
            $"embedder saw {embedder.Calls} call(s) with {embedder.Texts} text(s)");
        evidence.Check(result.Updated == 1 && result.Added == 0 && embedder.Texts == chunks && embedder.Calls == 1,
            $"only the changed document's {chunks} chunk(s) were embedded, in one call");
    }

    public async Task SweepAsync()
    {
        evidence.Step($"3. Sweep {ExpiringDocument} once its 2-day time-to-live has passed");
        clock.Advance(TimeSpan.FromDays(3));
        var sweep = await _index.SweepExpiredAsync();
        evidence.Show($"clock now {clock.GetUtcNow():u}; swept [{string.Join(", ", sweep.Removed)}]");
        evidence.Check(sweep.Removed.SequenceEqual([ExpiringDocument]), $"only {ExpiringDocument} was swept");
        evidence.Check(await store.GetDocumentAsync(ExpiringDocument) is null, "the swept document is gone from the store");
    }

    public async Task RestoreAsync()
    {
        evidence.Step("4b. Restore the snapshot taken before steps 2 and 3");
        var restored = await _snapshots.RestoreAsync(workspace.SnapshotFile);
        var expiring = await store.GetDocumentAsync(ExpiringDocument);
        var changed = await store.GetDocumentAsync(ChangedDocument);
        evidence.Show($"restored {restored.Manifest.Documents} documents from {Path.GetFileName(restored.Path)}");
        evidence.Show($"{ExpiringDocument}: {(expiring is null ? "missing" : "back")}; " +
            $"{ChangedDocument} hash {changed?.ContentHash[..12]} (before the change {_originalHash[..12]})");
        evidence.Check(expiring is not null, "the swept document is back");
        evidence.Check(changed?.ContentHash == _originalHash, "the changed document is back at its original content");

        var stale = await _index.FindStaleAsync(_source);
        evidence.Check(stale.Changed.SequenceEqual([ChangedDocument]),
            "against the live folder, the restored index again sees exactly the changed document as stale");
    }

    private async Task<string> ReadAllStoredTextAsync()
    {
        var texts = new List<string>();
        foreach (var id in (await store.GetDocumentStatesAsync()).Keys.Order(StringComparer.Ordinal))
        {
            var record = await store.GetDocumentAsync(id);
            texts.AddRange(record!.Chunks.Select(c => c.Text));
        }

        return string.Join('\n', texts);
    }
}
