using System.CommandLine;
using ReleaseGate.Indexing;

namespace ReleaseGate.Cli.Indexing;

/// <summary>The options the index verbs share, so each is spelled and described once.</summary>
internal static class IndexCliOptions
{
    public static Option<string> Store() => new("--store")
    {
        Description = "The index: a SQLite file, or a PostgreSQL connection string (postgres://... or Host=...).",
        Required = true,
    };

    public static Option<string> IndexName() => new("--index")
    {
        Description = "The index name inside a PostgreSQL database (its schema is releasegate_NAME); " +
            "ignored for a SQLite file.",
        DefaultValueFactory = _ => "default",
    };

    public static Option<string> Source() => new("--source")
    {
        Description = "The folder of documents the index is kept in step with.",
        Required = true,
    };

    public static Option<string> Glob() => new("--glob")
    {
        Description = "Which files of the source folder to index, as globs separated by ';'.",
        DefaultValueFactory = _ => DirectorySource.DefaultPatterns,
    };

    public static Option<string> Embedder() => new("--embedder")
    {
        Description = $"The embedding model: {string.Join(", ", EmbedderCatalog.Names)}.",
        DefaultValueFactory = _ => EmbedderCatalog.Default,
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print one JSON object instead of text.",
    };
}
