using System.CommandLine;
using System.Text.Json;
using ReleaseGate.Cli.Privacy;

namespace ReleaseGate.Tests.Privacy;

public sealed class PrivacyCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rg-privacy-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Redact_writes_jsonl_records_with_the_field_replaced_and_findings_in_utf16_offsets()
    {
        var input = "{\"id\":7,\"body\":\"é mail jane@example.com\"}\n";

        var (exit, output, _) = Run(input, "redact", "-", "--input-format", "jsonl", "--text-field", "body");

        Assert.Equal(0, exit);
        var record = JsonDocument.Parse(output).RootElement;
        Assert.Equal(7, record.GetProperty("id").GetInt32());
        Assert.Equal("é mail [EMAIL]", record.GetProperty("body").GetString());
        var finding = Assert.Single(record.GetProperty("findings").EnumerateArray().ToList());
        Assert.Equal("EMAIL", finding.GetProperty("kind").GetString());
        Assert.Equal(7, finding.GetProperty("start").GetInt32());
        Assert.Equal(23, finding.GetProperty("end").GetInt32());
        Assert.Equal("email", finding.GetProperty("rule").GetString());
    }

    [Fact]
    public void Redact_refuses_a_jsonl_line_that_is_not_an_object_without_echoing_it()
    {
        var (exit, output, error) = Run("jane@example.com\n", "redact", "-", "--input-format", "jsonl",
            "--text-field", "body");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("RG3801", error, StringComparison.Ordinal);
        Assert.Contains("line 1", error, StringComparison.Ordinal);
        Assert.DoesNotContain("jane", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mask", "mail *****")]
    [InlineData("tag", "mail [EMAIL]")]
    public void Redact_applies_the_chosen_style(string style, string expected)
    {
        var file = Path.Combine(_folder, "in.txt");
        File.WriteAllText(file, "mail jane@example.com");

        var (exit, output, _) = Run("", "redact", file, "--style", style);

        Assert.Equal(0, exit);
        Assert.Equal(expected, output);
    }

    [Fact]
    public void Redact_hash_needs_a_key_and_uses_it()
    {
        var (missing, _, error) = Run("jane@example.com", "redact", "--style", "hash");
        var (exit, output, _) = Run("jane@example.com", new Dictionary<string, string>
        {
            [PseudonymKey.Variable] = "a-key-of-sixteen-bytes-or-more",
        }, "redact", "--style", "hash");

        Assert.Equal(2, missing);
        Assert.Contains("RG3802", error, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.Matches(@"^\[EMAIL:[0-9A-F]{12}\]$", output);
    }

    [Fact]
    public void Scan_reports_file_line_column_kind_and_rule_and_exits_one()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "clean line\n  ssn 536-22-1234\n");
        File.WriteAllText(Path.Combine(_folder, "b.txt"), "nothing here");

        var (exit, output, _) = Run("", "scan", _folder);

        Assert.Equal(1, exit);
        Assert.Equal($"{Path.Combine(_folder, "a.txt")}:2:7 US_SSN us-ssn", output.Trim());
        Assert.Equal(0, Run("", "scan", Path.Combine(_folder, "b.txt")).Exit);
    }

    [Fact]
    public void Scan_writes_sarif_without_values()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "mail jane@example.com");

        var (exit, output, _) = Run("", "scan", _folder, "--format", "sarif");

        Assert.Equal(1, exit);
        var run = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0];
        var result = run.GetProperty("results")[0];
        Assert.Equal("email", result.GetProperty("ruleId").GetString());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(6, region.GetProperty("startColumn").GetInt32());
        Assert.DoesNotContain("jane", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_names_a_missing_path()
    {
        var (exit, _, error) = Run("", "scan", Path.Combine(_folder, "missing"));

        Assert.Equal(2, exit);
        Assert.Contains("RG3001", error, StringComparison.Ordinal);
        Assert.Contains("missing", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(string stdin, params string[] args) =>
        Run(stdin, new Dictionary<string, string>(), args);

    private static (int Exit, string Output, string Error) Run(
        string stdin, Dictionary<string, string> environment, params string[] args)
    {
        var root = new RootCommand("releasegate");
        foreach (var command in PrivacyCommands.Create(new StringReader(stdin), n => environment.GetValueOrDefault(n)))
        {
            root.Subcommands.Add(command);
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
