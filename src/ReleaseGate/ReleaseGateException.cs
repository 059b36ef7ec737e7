namespace ReleaseGate;

/// <summary>
/// An error the caller can act on: bad input, a store or snapshot that cannot be used, a pipeline mismatch.
/// The message names the file or value at fault and what to do; <see cref="Code"/> links to its help page.
/// </summary>
public sealed class ReleaseGateException : Exception
{
    /// <summary>Creates an error with a code from <see cref="ReleaseGateErrorCodes"/>.</summary>
    /// <param name="code">The <c>RG3xxx</c> code.</param>
    /// <param name="message">What went wrong, naming the path or value, and what to do.</param>
    /// <param name="path">The file or folder at fault, when there is one.</param>
    /// <param name="innerException">The underlying failure, when there is one.</param>
    public ReleaseGateException(string code, string message, string? path = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Path = path;
    }

    /// <summary>The <c>RG3xxx</c> code; its help page is <c>docs/errors/&lt;code&gt;.md</c>.</summary>
    public string Code { get; }

    /// <summary>The file or folder at fault, or <see langword="null"/>.</summary>
    public string? Path { get; }
}
