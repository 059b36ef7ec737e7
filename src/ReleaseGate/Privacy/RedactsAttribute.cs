namespace ReleaseGate.Privacy;

/// <summary>
/// Marks a method whose return value is redacted text, so the ReleaseGate analyzers (rule RG1001) treat what it
/// returns as safe to write to an index.
/// </summary>
/// <remarks>
/// <see cref="ITextRedactor.Redact(string)"/> and its implementations are recognised without this attribute; use it
/// on your own sanitizers, for example a method that removes a customer's identifiers before indexing.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class RedactsAttribute : Attribute
{
}
