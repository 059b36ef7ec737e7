namespace OpsDemo;

/// <summary>A step did not show what it should; the demo exits non-zero.</summary>
internal sealed class DemoCheckFailedException(string claim) : Exception($"The check '{claim}' did not hold.");
