using System.CommandLine;
using ReleaseGate.Privacy;

namespace ReleaseGate.Cli.Privacy;

/// <summary>
/// <c>releasegate redact [FILE|-] [--style tag|mask|hash] [--findings]</c>, and JSON Lines with
/// <c>--input-format jsonl --text-field NAME</c>.
/// </summary>
internal static class RedactCommand
{
    public static Command Create(TextReader stdin, Func<string, string?> environment)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The file to redact, or '-' for standard input.",
            DefaultValueFactory = _ => "-",
        };
        var style = new Option<string>("--style")
        {
            Description = "tag ([EMAIL], the default), mask (*****) or hash (keyed pseudonym; key in "
                + PseudonymKey.Variable + ").",
            DefaultValueFactory = _ => "tag",
        };
        style.AcceptOnlyFromAmong("tag", "mask", "hash");
        var findings = new Option<bool>("--findings")
        {
            Description = "Write a JSON object with the redacted text and the findings instead of the text alone.",
        };
        var format = new Option<string>("--input-format")
        {
            Description = "text (the default) or jsonl: one JSON object per line, redacting --text-field.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "jsonl");
        var field = new Option<string?>("--text-field") { Description = "With jsonl: the field that holds the text." };

        var command = new Command("redact", "Replace personal data and credentials in text.")
        {
            file, style, findings, format, field,
        };
        command.SetAction(parsed => PrivacyCommandRunner.Run(parsed, output =>
        {
            var redactor = new PiiRedactor(Options(parsed.GetValue(style)!, environment));
            var path = parsed.GetValue(file)!;
            if (parsed.GetValue(format) == "jsonl")
            {
                var name = parsed.GetValue(field) ?? throw new PrivacyCliException(
                    ReleaseGateErrorCodes.RedactInputInvalid,
                    "--input-format jsonl needs --text-field NAME, the field whose text is redacted.");
                JsonLinesRedaction.Run(redactor, path, stdin, name, output);
                return 0;
            }

            var result = redactor.RedactWithFindings(PrivacyCommandRunner.ReadAllText(path, stdin));
            if (parsed.GetValue(findings))
            {
                output.WriteLine(FindingsJson.Document(result));
            }
            else
            {
                output.Write(result.Text);
            }

            return 0;
        }));
        return command;
    }

    private static PiiRedactorOptions Options(string style, Func<string, string?> environment) => style switch
    {
        "mask" => new PiiRedactorOptions { Style = ReplacementStyle.Mask },
        "hash" => new PiiRedactorOptions
        {
            Style = ReplacementStyle.Pseudonym,
            PseudonymKey = PseudonymKey.Read(environment),
        },
        _ => new PiiRedactorOptions(),
    };
}
