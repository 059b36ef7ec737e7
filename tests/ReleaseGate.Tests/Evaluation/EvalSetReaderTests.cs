using ReleaseGate.Evaluation;

namespace ReleaseGate.Tests.Evaluation;

public sealed class EvalSetReaderTests
{
    [Fact]
    public void Reads_cases_with_string_and_object_expectations_skipping_blank_lines()
    {
        var text = """
            {"id": "q1", "input": "capital of France?", "expected": "Paris", "tags": ["geo", "critical"]}

            {"id": "q2", "input": {"question": "2+2"}, "expected": {"answer": "4"}, "weight": 2}
            """;

        var cases = EvalSetReader.Parse(System.Text.Encoding.UTF8.GetBytes(text), "set.jsonl");

        Assert.Equal(["q1", "q2"], cases.Select(c => c.Id));
        Assert.Equal("Paris", cases[0].ExpectedText);
        Assert.Equal(["geo", "critical"], cases[0].Tags);
        Assert.Equal(2.0, cases[1].Weight);
        Assert.Equal("4", cases[1].Expected.GetProperty("answer").GetString());
        Assert.Equal("capital of France?", cases[0].InputText);
    }

    [Theory]
    [InlineData("{\"id\": \"q1\", \"input\": \"a\", \"expected\": \"b\"}\n{\"id\": \"q1\", \"input\": \"a\", \"expected\": \"c\"}", EvaluationProblemKind.DuplicateCaseId, 2)]
    [InlineData("{\"id\": \"q1\", \"input\": \"a\", \"expected\": \"b\"}\n{\"id\": \"q2\", \"input\": \"a\"", EvaluationProblemKind.MalformedJson, 2)]
    [InlineData("\n\n{\"id\": \"q1\", \"expected\": \"b\"}", EvaluationProblemKind.InvalidValue, 3)]
    [InlineData("{\"id\": \"q1\", \"input\": \"a\", \"expected\": 3}", EvaluationProblemKind.InvalidValue, 1)]
    [InlineData("{\"id\": \"q1\", \"input\": \"a\", \"expected\": \"b\", \"weight\": -1}", EvaluationProblemKind.InvalidValue, 1)]
    public void Invalid_lines_are_refused_naming_the_line(string text, EvaluationProblemKind kind, int line)
    {
        var problem = Assert.Throws<EvaluationException>(
            () => EvalSetReader.Parse(System.Text.Encoding.UTF8.GetBytes(text), "set.jsonl")).Problem;

        Assert.Equal(kind, problem.Kind);
        Assert.Equal(line, problem.Line);
        Assert.StartsWith($"set.jsonl({line}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_blank_lines_is_empty()
    {
        using var dir = new TempDirectory();
        var path = dir.File("set.jsonl", "\n\n");

        var problem = Assert.Throws<EvaluationException>(() => EvalSetReader.Read(path)).Problem;

        Assert.Equal(EvaluationProblemKind.FileEmpty, problem.Kind);
    }
}
