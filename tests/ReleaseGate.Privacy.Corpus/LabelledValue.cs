namespace ReleaseGate.Privacy.Corpus;

/// <summary>
/// A generated value as it is inserted into a line: <see cref="Text"/> is what is written and
/// <c>Text[SecretStart..SecretStart+SecretLength)</c> is the part that must be redacted (for a connection string,
/// only the password).
/// </summary>
public sealed record LabelledValue(string Text, int SecretStart, int SecretLength)
{
    public static LabelledValue Whole(string text) => new(text, 0, text.Length);

    public static LabelledValue Around(string before, string secret, string after) =>
        new(before + secret + after, before.Length, secret.Length);
}
