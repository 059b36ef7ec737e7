namespace ReleaseGate.Secrets;

/// <summary>
/// A secret store problem with a <c>RG3xxx</c> code (see <see cref="ReleaseGateErrorCodes"/>). The message names
/// the secret or file and says what to do; it never contains a secret value or a key.
/// </summary>
public sealed class SecretStoreException : Exception
{
    /// <summary>Creates an exception whose message starts with <paramref name="errorCode"/>.</summary>
    /// <param name="errorCode">The <c>RG3xxx</c> code.</param>
    /// <param name="message">What went wrong and what to do.</param>
    public SecretStoreException(string errorCode, string message)
        : base($"{errorCode}: {message}")
    {
        ErrorCode = errorCode;
    }

    /// <summary>Creates an exception that keeps the I/O error that caused it.</summary>
    /// <param name="errorCode">The <c>RG3xxx</c> code.</param>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The cause; it must not carry a value either.</param>
    public SecretStoreException(string errorCode, string message, Exception innerException)
        : base($"{errorCode}: {message}", innerException)
    {
        ErrorCode = errorCode;
    }

    /// <summary>The <c>RG3xxx</c> code.</summary>
    public string ErrorCode { get; }
}
