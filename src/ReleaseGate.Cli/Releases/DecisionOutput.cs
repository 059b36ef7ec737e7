using System.CommandLine;
using System.Text;
using ReleaseGate.Releases;
using ReleaseGate.Releases.Reports;

namespace ReleaseGate.Cli.Releases;

/// <summary>Prints a decision and writes the report files the user asked for.</summary>
internal sealed class DecisionOutput
{
    private readonly Option<FileInfo> _markdown = new("--report-md")
    {
        Description = "Write the Markdown report to this file.",
    };

    private readonly Option<FileInfo> _html = new("--report-html")
    {
        Description = "Write the self-contained HTML report to this file.",
    };

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Print the decision as a JSON record instead of text.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_markdown);
        command.Options.Add(_html);
        command.Options.Add(_json);
    }

    public int Emit(ParseResult parse, CanaryDecision decision)
    {
        var output = parse.InvocationConfiguration.Output;
        if (parse.GetValue(_markdown) is { } markdown)
        {
            File.WriteAllText(markdown.FullName, CanaryMarkdownReport.Render(decision));
        }

        if (parse.GetValue(_html) is { } html)
        {
            File.WriteAllText(html.FullName, CanaryHtmlReport.Render(decision));
        }

        if (parse.GetValue(_json))
        {
            output.WriteLine(Encoding.UTF8.GetString(CanaryDecisionJson.ToUtf8Bytes(decision)));
        }
        else
        {
            output.WriteLine(decision.Summary);
            foreach (var reason in decision.Reasons.Skip(1))
            {
                output.WriteLine("  - " + reason);
            }

            foreach (var note in decision.Notes)
            {
                output.WriteLine("  note: " + note);
            }
        }

        return decision.Promoted ? ExitCodes.Promote : ExitCodes.Reject;
    }

    public static int Fail(ParseResult parse, string code, string message)
    {
        parse.InvocationConfiguration.Error.WriteLine($"{code}: {message}");
        return ExitCodes.BadInput;
    }
}
