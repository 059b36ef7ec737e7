using SupportAssistant;

// A support assistant for Brightwater Appliances: `ask "question"` answers from the knowledge folder,
// `eval` scores the build for the release gate (see the project file).
var documents = Option("--documents") ?? Path.Combine(AppContext.BaseDirectory, "knowledge");
switch (args.FirstOrDefault())
{
    case "ask" when args.Length > 1:
        await using (var assistant = await Assistant.StartAsync(documents))
        {
            foreach (var hit in await assistant.AskAsync(args[1]))
            {
                Console.WriteLine($"[{hit.DocumentId}, score {hit.Score:F2}] {hit.Text}");
            }
        }

        return 0;
    case "eval":
        var evalSet = Option("--evalset") ?? Environment.GetEnvironmentVariable("RELEASEGATE_EVALSET");
        var report = Option("--out") ?? Environment.GetEnvironmentVariable("RELEASEGATE_REPORT");
        if (evalSet is null || report is null)
        {
            Console.Error.WriteLine("eval needs --evalset FILE and --out FILE (or RELEASEGATE_EVALSET and RELEASEGATE_REPORT).");
            return 2;
        }

        return await EvalCommand.RunAsync(documents, evalSet, report);
    default:
        Console.Error.WriteLine("usage: SupportAssistant ask \"question\" | eval [--documents PATH] [--evalset FILE] [--out FILE]");
        return 2;
}

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
