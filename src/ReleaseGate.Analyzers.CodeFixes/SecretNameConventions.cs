using System.Text;

namespace ReleaseGate.Analyzers.CodeFixes;

/// <summary>Turns a symbol name into the environment variable and configuration key that hold its value.</summary>
internal static class SecretNameConventions
{
    /// <summary><c>_apiKey</c> and <c>ApiKey</c> become <c>API_KEY</c>.</summary>
    public static string ToEnvironmentVariable(string name)
    {
        var trimmed = Trim(name);
        var builder = new StringBuilder();
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(trimmed[i - 1]) && trimmed[i - 1] != '_')
            {
                builder.Append('_');
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        }

        return builder.ToString();
    }

    /// <summary><c>_apiKey</c> becomes <c>ApiKey</c>.</summary>
    public static string ToConfigurationKey(string name)
    {
        var trimmed = Trim(name);
        return trimmed.Length == 0 ? trimmed : char.ToUpperInvariant(trimmed[0]) + trimmed.Substring(1);
    }

    private static string Trim(string name)
    {
        var trimmed = name.TrimStart('_');
        return trimmed.StartsWith("s_", System.StringComparison.Ordinal) ? trimmed.Substring(2) : trimmed;
    }
}
