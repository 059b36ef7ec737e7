using System.CommandLine;
using System.Globalization;
using ReleaseGate.Indexing;

namespace ReleaseGate.Cli.Indexing;

/// <summary><c>index search</c>: the chunks most similar to a query.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var command = new Command("search", "Find the chunks most similar to a query (cosine similarity).");
        var query = new Argument<string>("query") { Description = "The text to search for." };
        var store = IndexCliOptions.Store();
        var embedder = IndexCliOptions.Embedder();
        var json = IndexCliOptions.Json();
        var top = new Option<int>("--top") { Description = "How many chunks to return.", DefaultValueFactory = _ => 5 };
        var prefix = new Option<string?>("--prefix") { Description = "Only documents whose id starts with this." };
        var where = new Option<string[]>("--where")
        {
            Description = "Only documents whose metadata has KEY=VALUE (repeatable).",
            AllowMultipleArgumentsPerToken = false,
        };
        where.Validators.Add(result =>
        {
            foreach (var pair in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (pair.IndexOf('=', StringComparison.Ordinal) <= 0)
                {
                    result.AddError($"--where '{pair}' is not KEY=VALUE; write it like --where extension=.md");
                }
            }
        });
        command.Arguments.Add(query);
        command.Options.Add(store);
        var indexName = IndexCliOptions.IndexName();
        command.Options.Add(indexName);
        command.Options.Add(embedder);
        command.Options.Add(top);
        command.Options.Add(prefix);
        command.Options.Add(where);
        command.Options.Add(json);
        command.SetAction((parseResult, cancellationToken) => CliOutput.RunAsync(parseResult, async () =>
        {
            var filter = Filter(parseResult.GetValue(prefix), parseResult.GetValue(where) ?? []);
            await using var session = await IndexSession.OpenAsync(
                parseResult.GetValue(store)!, parseResult.GetValue(indexName)!, createIfMissing: false, parseResult.GetValue(embedder)!);
            var hits = await session.Index.SearchAsync(
                parseResult.GetValue(query)!, parseResult.GetValue(top), filter, cancellationToken);
            if (parseResult.GetValue(json))
            {
                CliOutput.WriteJson(parseResult, new { hits });
                return 0;
            }

            var output = CliOutput.Out(parseResult);
            foreach (var hit in hits)
            {
                var preview = hit.Text.ReplaceLineEndings(" ");
                preview = preview.Length > 100 ? preview[..100] + "..." : preview;
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture, $"{hit.Score:0.000}  {hit.DocumentId}#{hit.Ordinal}  {preview}"));
            }

            return 0;
        }));
        return command;
    }

    private static SearchFilter? Filter(string? prefix, string[] pairs)
    {
        if (prefix is null && pairs.Length == 0)
        {
            return null;
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            metadata[pair[..equals]] = pair[(equals + 1)..];
        }

        return new SearchFilter(prefix, metadata.Count == 0 ? null : metadata);
    }
}
