using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ReleaseGate.Analyzers.Secrets;

/// <summary>
/// Lists the string values of a JSON document (comments allowed, as in appsettings files) with the nearest key.
/// It never throws: malformed input ends the listing where it stops making sense.
/// </summary>
internal static class JsonStringScanner
{
    public static IEnumerable<JsonStringValue> Scan(string text)
    {
        var keys = new Stack<string?>();
        string? key = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && (text[i + 1] == '/' || text[i + 1] == '*'))
            {
                i = SkipComment(text, i);
                continue;
            }

            switch (c)
            {
                case '{':
                case '[':
                    keys.Push(key);
                    break;
                case '}':
                case ']':
                    key = keys.Count > 0 ? keys.Pop() : null;
                    break;
                case '"':
                    var start = i + 1;
                    var value = ReadString(text, ref i);
                    var span = TextSpan.FromBounds(start, Math.Max(start, i - 1));
                    if (NextSignificant(text, i) == ':')
                    {
                        key = value;
                    }
                    else
                    {
                        yield return new JsonStringValue(key, value, span);
                    }

                    continue;
            }

            i++;
        }
    }

    /// <summary>Reads the string whose opening quote is at <paramref name="i"/>; leaves i after the closing one.</summary>
    private static string ReadString(string text, ref int i)
    {
        var builder = new StringBuilder();
        i++;
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                builder.Append(Unescape(text, ref i));
                continue;
            }

            builder.Append(text[i]);
            i++;
        }

        i = Math.Min(i + 1, text.Length);
        return builder.ToString();
    }

    private static char Unescape(string text, ref int i)
    {
        var c = text[i];
        i++;
        switch (c)
        {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case 'u' when i + 4 <= text.Length
                && int.TryParse(
                    text.Substring(i, 4),
                    System.Globalization.NumberStyles.HexNumber,
                    System.Globalization.CultureInfo.InvariantCulture,
                    out var code):
                i += 4;
                return (char)code;
            default:
                return c;
        }
    }

    private static char NextSignificant(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length ? text[i] : '\0';
    }

    private static int SkipComment(string text, int i)
    {
        if (text[i + 1] == '/')
        {
            var newline = text.IndexOf('\n', i);
            return newline < 0 ? text.Length : newline + 1;
        }

        var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
        return close < 0 ? text.Length : close + 2;
    }
}
