using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReleaseGate.Evaluation;

/// <summary>Reads a JSON input file and turns every way it can be unreadable into an <see cref="EvaluationProblem"/>.</summary>
internal static partial class JsonInputFile
{
    private static readonly JsonDocumentOptions Strict = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    /// <summary>Reads the bytes of a file that must exist and hold something other than whitespace.</summary>
    public static byte[] ReadNonEmpty(string path, string what)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var problem = new EvaluationProblem(
                EvaluationProblemKind.FileMissing,
                path,
                $"{path}: the {what} file cannot be read ({ex.Message}). Check the path, or create the file.");
            throw new EvaluationException(problem, ex);
        }

        if (bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            throw new EvaluationException(new EvaluationProblem(
                EvaluationProblemKind.FileEmpty,
                path,
                $"{path}: the {what} file is empty. Write it again with the tool that produces it."));
        }

        return bytes;
    }

    /// <summary>The lowercase hex SHA-256 of some bytes.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    /// <summary>Parses strict JSON, naming the line and column of a syntax error.</summary>
    public static JsonDocument Parse(string path, ReadOnlyMemory<byte> json, string what, long lineOffset = 0)
    {
        try
        {
            return JsonDocument.Parse(json, Strict);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1 + lineOffset;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            var text = LineAt(json.Span, ex.LineNumber ?? 0);
            if (NonFiniteLiteral().IsMatch(text))
            {
                throw new EvaluationException(
                    new EvaluationProblem(
                        EvaluationProblemKind.NonFiniteScore,
                        path,
                        $"{path}({line}): the {what} holds a NaN or infinite number; every score must be finite. " +
                        "Fix the scorer that produced it and run the evaluation again.") { Line = line },
                    ex);
            }

            throw new EvaluationException(
                new EvaluationProblem(
                    EvaluationProblemKind.MalformedJson,
                    path,
                    $"{path}({line},{column}): the {what} is not valid JSON ({FirstSentence(ex.Message)}). " +
                    "Fix the file or produce it again.") { Line = line },
                ex);
        }
    }

    private static string LineAt(ReadOnlySpan<byte> json, long lineIndex)
    {
        var text = Encoding.UTF8.GetString(json);
        var lines = text.Split('\n');
        return lineIndex < lines.Length ? lines[lineIndex] : string.Empty;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }

    [GeneratedRegex(@"(?<![\w""])-?(NaN|Infinity)(?![\w""])")]
    private static partial Regex NonFiniteLiteral();
}
