namespace ReleaseGate.Privacy;

/// <summary>
/// Marks a parameter that must only receive redacted text, such as the text argument of a raw index write.
/// </summary>
/// <remarks>
/// The ReleaseGate analyzers (rule RG1001) report any caller that passes a value which did not go through a
/// redactor on every path. Inside the method, the parameter counts as redacted: marking a parameter moves the
/// obligation to redact from the method to its callers.
/// </remarks>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class RequiresRedactionAttribute : Attribute
{
}
