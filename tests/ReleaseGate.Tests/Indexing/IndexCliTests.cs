using ReleaseGate.Indexing;

namespace ReleaseGate.Tests.Indexing;

public sealed class IndexCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Status_and_reindex_through_the_CLI_report_exactly_the_electron_changes()
    {
        var store = _folder.File("docs.db");
        var built = await CliRunner.JsonAsync(
            "index", "build", "--source", ElectronDocs.V1, "--store", store, "--embedder", "hashing", "--json");
        Assert.Equal(240, built.GetProperty("added").GetInt32());

        var status = await CliRunner.JsonAsync(
            "index", "status", "--source", ElectronDocs.V2, "--store", store, "--embedder", "hashing", "--json");
        Assert.Equal(ElectronDocs.Changes('A'), status.Strings("new"));
        Assert.Equal(ElectronDocs.Changes('M'), status.Strings("changed"));
        Assert.Equal(ElectronDocs.Changes('D'), status.Strings("deleted"));
        Assert.Equal(198, status.GetProperty("unchanged").GetInt32());
        Assert.False(status.GetProperty("pipelineChanged").GetBoolean());

        var reindex = await CliRunner.JsonAsync(
            "index", "reindex", "--source", ElectronDocs.V2, "--store", store, "--embedder", "hashing", "--json");
        var chunker = new ParagraphChunker();
        var expectedChunks = ElectronDocs.Changes('A').Concat(ElectronDocs.Changes('M'))
            .Sum(id => chunker.Split(RedactionPolicy.Default.Apply(
                SourceText.Normalize(File.ReadAllText(Path.Combine(ElectronDocs.V2, id))))).Count);
        Assert.Equal(
            (8, 41, 1, 198, expectedChunks, (expectedChunks + 31) / 32),
            (reindex.GetProperty("added").GetInt32(), reindex.GetProperty("updated").GetInt32(),
                reindex.GetProperty("deleted").GetInt32(), reindex.GetProperty("unchanged").GetInt32(),
                reindex.GetProperty("chunksEmbedded").GetInt32(), reindex.GetProperty("embeddingCalls").GetInt32()));

        var after = await CliRunner.JsonAsync(
            "index", "status", "--source", ElectronDocs.V2, "--store", store, "--embedder", "hashing", "--json");
        Assert.Empty(after.Strings("new"));
        Assert.Empty(after.Strings("changed"));
        Assert.Empty(after.Strings("deleted"));
        Assert.Equal(247, after.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task A_missing_source_folder_fails_with_RG3001_naming_it_and_creates_no_store()
    {
        var missing = _folder.File("no-such-folder");
        var store = _folder.File("docs.db");

        var (exit, _, error) = await CliRunner.RunAsync("index", "build", "--source", missing, "--store", store, "--embedder", "hashing");

        Assert.Equal(2, exit);
        Assert.StartsWith("RG3001", error, StringComparison.Ordinal);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.False(File.Exists(store));
    }

    [Fact]
    public async Task An_unreadable_source_file_fails_with_RG3002_naming_it()
    {
        var docs = Path.Combine(_folder.Path, "docs");
        Directory.CreateDirectory(docs);
        File.WriteAllText(Path.Combine(docs, "ok.md"), "fine");
        var broken = Path.Combine(docs, "broken.md");
        File.CreateSymbolicLink(broken, Path.Combine(docs, "gone.md"));

        var (exit, _, error) = await CliRunner.RunAsync(
            "index", "build", "--source", docs, "--store", _folder.File("docs.db"), "--embedder", "hashing");

        Assert.Equal(2, exit);
        Assert.StartsWith("RG3002", error, StringComparison.Ordinal);
        Assert.Contains(broken, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_file_that_is_not_SQLite_fails_with_RG3003_and_is_left_as_it_was()
    {
        var store = _folder.Write("docs.db", "{ \"not\": \"sqlite\" }");

        var (exit, _, error) = await CliRunner.RunAsync(
            "index", "build", "--source", ElectronDocs.V1, "--store", store, "--embedder", "hashing");

        Assert.Equal(2, exit);
        Assert.StartsWith("RG3003", error, StringComparison.Ordinal);
        Assert.Contains(store, error, StringComparison.Ordinal);
        Assert.Equal("{ \"not\": \"sqlite\" }", File.ReadAllText(store));
    }

    [Fact]
    public async Task A_store_built_by_another_pipeline_fails_with_RG3004_until_rebuilt_on_purpose()
    {
        var docs = Path.Combine(_folder.Path, "docs");
        Directory.CreateDirectory(docs);
        File.WriteAllText(Path.Combine(docs, "a.md"), "alpha");
        var store = _folder.File("docs.db");
        await CliRunner.JsonAsync("index", "build", "--source", docs, "--store", store, "--embedder", "hashing", "--json");

        var (exit, _, error) = await CliRunner.RunAsync("index", "reindex", "--source", docs, "--store", store);
        var status = await CliRunner.JsonAsync("index", "status", "--source", docs, "--store", store, "--json");

        Assert.Equal(2, exit);
        Assert.StartsWith("RG3004", error, StringComparison.Ordinal);
        Assert.Contains(store, error, StringComparison.Ordinal);
        Assert.Contains("--rebuild", error, StringComparison.Ordinal);
        Assert.True(status.GetProperty("pipelineChanged").GetBoolean());
        Assert.Equal(["a.md"], status.Strings("changed"));
    }

    [Fact]
    public async Task Snapshot_verify_and_restore_work_through_the_CLI_and_a_damaged_snapshot_is_refused()
    {
        var docs = Path.Combine(_folder.Path, "docs");
        Directory.CreateDirectory(docs);
        File.WriteAllText(Path.Combine(docs, "a.md"), "alpha");
        var store = _folder.File("docs.db");
        await CliRunner.JsonAsync("index", "build", "--source", docs, "--store", store, "--embedder", "hashing", "--json");
        var taken = await CliRunner.JsonAsync("index", "snapshot", "--store", store, "--json");
        var snapshot = taken.GetProperty("snapshot").GetProperty("path").GetString()!;
        File.WriteAllText(Path.Combine(docs, "b.md"), "beta");
        await CliRunner.JsonAsync("index", "reindex", "--source", docs, "--store", store, "--embedder", "hashing", "--json");

        var verified = await CliRunner.JsonAsync("index", "verify", "--snapshot", snapshot, "--json");
        var restored = await CliRunner.JsonAsync("index", "restore", "--store", store, "--snapshot", snapshot, "--json");
        var status = await CliRunner.JsonAsync(
            "index", "status", "--source", docs, "--store", store, "--embedder", "hashing", "--json");

        Assert.True(verified.GetProperty("verified").GetBoolean());
        Assert.Equal(store, restored.GetProperty("store").GetString());
        Assert.Equal(["b.md"], status.Strings("new"));

        var bytes = File.ReadAllBytes(snapshot);
        bytes[^100] ^= 0x80;
        File.WriteAllBytes(snapshot, bytes);
        var (exit, _, error) = await CliRunner.RunAsync("index", "restore", "--store", store, "--snapshot", snapshot);
        Assert.Equal(2, exit);
        Assert.StartsWith("RG3005", error, StringComparison.Ordinal);
        Assert.Contains(snapshot, error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
