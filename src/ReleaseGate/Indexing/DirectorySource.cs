using System.Runtime.CompilerServices;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ReleaseGate.Indexing;

/// <summary>
/// Reads the text files of a folder. A document's id is its path relative to the folder with '/' separators,
/// and its content hash comes from the file's bytes: modification times are never consulted.
/// </summary>
public sealed class DirectorySource : IDocumentSource
{
    /// <summary>The glob patterns used when none are given.</summary>
    public const string DefaultPatterns = "**/*.md;**/*.txt";

    private readonly Matcher _matcher;

    /// <summary>Creates a source over <paramref name="root"/>.</summary>
    /// <param name="root">The folder to read.</param>
    /// <param name="patterns">Include globs separated by ';' (default <see cref="DefaultPatterns"/>).</param>
    public DirectorySource(string root, string patterns = DefaultPatterns)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentException.ThrowIfNullOrEmpty(patterns);
        Root = Path.GetFullPath(root);
        _matcher = new Matcher(StringComparison.Ordinal);
        foreach (var pattern in patterns.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            _matcher.AddInclude(pattern);
        }
    }

    /// <summary>The full path of the folder.</summary>
    public string Root { get; }

    /// <inheritdoc />
    public string Description => Root;

    /// <inheritdoc />
    /// <exception cref="ReleaseGateException">The folder is missing (RG3001) or a file cannot be read as UTF-8
    /// text (RG3002).</exception>
    public async IAsyncEnumerable<SourceDocument> ReadAllAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ThrowIfMissing();

        // Ordinal order makes runs, reports and batch boundaries reproducible on every platform.
        var relativePaths = _matcher.GetResultsInFullPath(Root)
            .Select(full => Path.GetRelativePath(Root, full).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
        foreach (var id in relativePaths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return await ReadAsync(id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Fails the way <see cref="ReadAllAsync"/> would when the folder does not exist.</summary>
    /// <exception cref="ReleaseGateException">The folder does not exist (RG3001).</exception>
    public void ThrowIfMissing()
    {
        if (!Directory.Exists(Root))
        {
            throw new ReleaseGateException(
                ReleaseGateErrorCodes.PathNotFound,
                $"{ReleaseGateErrorCodes.PathNotFound}: the source folder '{Root}' does not exist. " +
                "Check the path, or create the folder and put the documents to index in it.",
                Root);
        }
    }

    private async Task<SourceDocument> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Root, id);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, $"it cannot be read ({ex.Message})", "Fix its permissions or remove it", ex);
        }

        if (!SourceText.TryDecode(bytes, out var text, out var hash))
        {
            throw Unreadable(path, "it is not valid UTF-8 text", "Convert it to UTF-8 or exclude it with a glob", null);
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["extension"] = Path.GetExtension(id),
        };
        return SourceDocument.WithKnownHash(id, text, hash, new Uri(path), metadata);
    }

    private static ReleaseGateException Unreadable(string path, string why, string todo, Exception? inner)
    {
        return new ReleaseGateException(
            ReleaseGateErrorCodes.UnreadableSourceFile,
            $"{ReleaseGateErrorCodes.UnreadableSourceFile}: the source file '{path}' was not indexed because {why}. " +
            $"{todo}, then run again; documents already written stay whole and a rerun finishes the job.",
            path,
            inner);
    }
}
