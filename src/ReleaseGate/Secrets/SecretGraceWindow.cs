namespace ReleaseGate.Secrets;

/// <summary>A previous version that is still accepted, and when it stops being accepted.</summary>
/// <param name="Version">The version number.</param>
/// <param name="EndsAt">The first instant at which the version is rejected.</param>
public readonly record struct SecretGraceWindow(int Version, DateTimeOffset EndsAt);
