using System.Diagnostics;
using System.Security.Cryptography;

namespace ReleaseGate.Secrets;

/// <summary>
/// A secret's value. It hides its content from <see cref="ToString"/>, debugger displays and serializers, so a
/// value that reaches a log, an exception message or a watch window shows as <c>SecretValue(hidden)</c>.
/// </summary>
/// <remarks>
/// The only way to read the content is <see cref="Reveal"/>, which makes every place that handles the plain value
/// easy to find. The value is kept as a string, so it cannot be wiped from memory.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SecretValue
{
    /// <summary>The number of characters in a generated value (about 256 bits of randomness).</summary>
    public const int GeneratedLength = 43;

    private const string Hidden = "SecretValue(hidden)";

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly string _value;

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly byte[] _digest;

    /// <summary>Wraps a value that came from elsewhere (an identity provider, a vendor console).</summary>
    /// <param name="value">The plain value; must not be empty.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or empty.</exception>
    public SecretValue(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _value = value;
        _digest = SecretDigest.Compute(value);
    }

    /// <summary>
    /// Makes a new value of <see cref="GeneratedLength"/> letters and digits from the operating system's
    /// cryptographic random number generator.
    /// </summary>
    /// <returns>The new value.</returns>
    public static SecretValue Generate() => new(RandomNumberGenerator.GetString(Alphabet, GeneratedLength));

    /// <summary>Returns the plain value, for handing it to the client that needs it.</summary>
    /// <returns>The plain value.</returns>
    public string Reveal() => _value;

    /// <summary>Returns a placeholder that never contains the value.</summary>
    /// <returns><c>SecretValue(hidden)</c>.</returns>
    public override string ToString() => Hidden;

    /// <summary>Compares this value's digest with <paramref name="digest"/> in constant time.</summary>
    internal bool Matches(ReadOnlySpan<byte> digest) => CryptographicOperations.FixedTimeEquals(_digest, digest);

    /// <summary>Tells whether two values are equal, in constant time.</summary>
    internal bool SameAs(SecretValue other) => Matches(other._digest);
}
