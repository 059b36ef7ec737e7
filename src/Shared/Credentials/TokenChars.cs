namespace ReleaseGate.Privacy.Credentials;

/// <summary>The character classes a credential body is made of, combined as flags.</summary>
[Flags]
internal enum TokenChars
{
    None = 0,
    Upper = 1,
    Lower = 2,
    Digit = 4,
    Underscore = 8,
    Dash = 16,
    Plus = 32,
    Slash = 64,
    EqualsSign = 128,
    Dot = 256,
    LowerHex = 512,

    Alphanumeric = Upper | Lower | Digit,
    UrlSafeBase64 = Alphanumeric | Underscore | Dash,
    Base64 = Alphanumeric | Plus | Slash | EqualsSign,
}
