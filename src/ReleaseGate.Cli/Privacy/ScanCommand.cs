using System.CommandLine;
using ReleaseGate.Privacy;

namespace ReleaseGate.Cli.Privacy;

/// <summary>
/// <c>releasegate scan PATH... [--format text|sarif]</c>: reports personal data and credentials in files as
/// <c>file:line:col kind rule</c> (never the values), and exits 1 when anything is found.
/// </summary>
internal static class ScanCommand
{
    public const int Found = 1;

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders to scan (folders recursively, skipping .git, bin, obj and node_modules).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "text (file:line:col kind rule, the default) or sarif (SARIF 2.1.0 on standard output).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "sarif");
        var command = new Command("scan", "Report personal data and credentials in files; exit 1 when any is found.")
        {
            paths, format,
        };
        command.SetAction(parsed => PrivacyCommandRunner.Run(parsed, output =>
        {
            var results = new List<ScanResult>();
            foreach (var file in ScanFiles.Expand(parsed.GetValue(paths)!))
            {
                var text = File.ReadAllText(file.FullPath);
                var lines = new LineIndex(text);
                foreach (var finding in PiiRedactor.Default.Find(text))
                {
                    results.Add(new ScanResult(file.DisplayPath, finding, lines.Locate(finding.Start),
                        lines.Locate(finding.End)));
                }
            }

            if (parsed.GetValue(format) == "sarif")
            {
                SarifWriter.Write(results, output);
            }
            else
            {
                foreach (var r in results)
                {
                    var kind = r.Finding.Kind.ToTagName();
                    output.WriteLine($"{r.Path}:{r.Begin.Line}:{r.Begin.Column} {kind} {r.Finding.RuleId}");
                }
            }

            return results.Count == 0 ? 0 : Found;
        }));
        return command;
    }
}
