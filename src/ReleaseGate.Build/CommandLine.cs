using System.Collections.Generic;
using System.Text;

namespace ReleaseGate.Build;

/// <summary>
/// Builds a <c>ProcessStartInfo.Arguments</c> string that the child parses back into exactly the given arguments.
/// </summary>
/// <remarks>
/// netstandard2.0 has no <c>ArgumentList</c>. .NET parses <c>Arguments</c> with the Windows
/// <c>CommandLineToArgvW</c> rules on every platform, so quoting by those rules is right everywhere
/// (https://learn.microsoft.com/cpp/c-language/parsing-c-command-line-arguments).
/// </remarks>
internal static class CommandLine
{
    public static string Join(IEnumerable<string> arguments)
    {
        var builder = new StringBuilder();
        foreach (var argument in arguments)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            AppendQuoted(builder, argument);
        }

        return builder.ToString();
    }

    private static void AppendQuoted(StringBuilder builder, string argument)
    {
        if (argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '\n', '"' }) < 0)
        {
            builder.Append(argument);
            return;
        }

        builder.Append('"');
        var backslashes = 0;
        foreach (var character in argument)
        {
            if (character == '\\')
            {
                backslashes++;
                continue;
            }

            // Backslashes are literal unless they precede a quote; then each one must be doubled.
            var escapedQuote = character == '"';
            builder.Append('\\', escapedQuote ? (backslashes * 2) + 1 : backslashes);
            builder.Append(character);
            backslashes = 0;
        }

        builder.Append('\\', backslashes * 2);
        builder.Append('"');
    }
}
