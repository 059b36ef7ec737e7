using ReleaseGate.Indexing;

namespace ReleaseGate.Tests.Indexing;

public sealed class DirectorySourceTests : IDisposable
{
    private readonly TempFolder _docs = new();

    [Fact]
    public async Task Ids_are_relative_paths_with_forward_slashes_and_the_default_globs_apply()
    {
        _docs.Write("b.md", "b");
        _docs.Write("sub/a.txt", "a");
        _docs.Write("image.png", "not text");

        var ids = await new DirectorySource(_docs.Path).ReadAllAsync().Select(d => d.Id).ToListAsync();

        Assert.Equal(["b.md", "sub/a.txt"], ids);
    }

    [Fact]
    public async Task A_missing_folder_is_reported_with_its_path()
    {
        var missing = Path.Combine(_docs.Path, "nope");

        var error = await Assert.ThrowsAsync<ReleaseGateException>(
            async () => await new DirectorySource(missing).ReadAllAsync().ToListAsync());

        Assert.Equal(ReleaseGateErrorCodes.PathNotFound, error.Code);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8_text_is_reported_with_its_path()
    {
        var path = _docs.File("binary.md");
        File.WriteAllBytes(path, [0x41, 0xC3, 0x28, 0xFF]);

        var error = await Assert.ThrowsAsync<ReleaseGateException>(
            async () => await new DirectorySource(_docs.Path).ReadAllAsync().ToListAsync());

        Assert.Equal(ReleaseGateErrorCodes.UnreadableSourceFile, error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_cannot_be_opened_is_reported_with_its_path()
    {
        // A dangling link is unreadable for every user, root included, unlike a file without permissions.
        var path = _docs.File("moved.md");
        File.CreateSymbolicLink(path, _docs.File("target-that-was-moved.md"));

        var error = await Assert.ThrowsAsync<ReleaseGateException>(
            async () => await new DirectorySource(_docs.Path).ReadAllAsync().ToListAsync());

        Assert.Equal(ReleaseGateErrorCodes.UnreadableSourceFile, error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_content_hash_of_a_file_equals_the_hash_of_its_normalized_text()
    {
        _docs.Write("crlf.md", "a\r\nb");
        _docs.Write("lf.md", "a\nb");

        var hashes = await new DirectorySource(_docs.Path).ReadAllAsync().Select(d => d.ContentHash).ToListAsync();

        Assert.Equal(SourceText.Hash("a\nb"), hashes[0]);
        Assert.Equal(hashes[0], hashes[1]);
    }

    public void Dispose() => _docs.Dispose();
}
