namespace ReleaseGate.Secrets;

/// <summary>The result of a rotation: the new value, to hand to clients, and the secret's status after it.</summary>
/// <param name="Value">The value that is now current; its <c>ToString()</c> never shows the content.</param>
/// <param name="Status">The secret's versions and windows after the rotation.</param>
public sealed record SecretRotation(SecretValue Value, SecretStatus Status);
