using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGate.Analyzers;

/// <summary>
/// The base of every rule: it runs concurrently and never looks at generated code, so no rule can forget either.
/// </summary>
public abstract class ReleaseGateAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        Register(context);
    }

    /// <summary>Registers the rule's actions.</summary>
    /// <param name="context">The analysis context, already configured.</param>
    protected abstract void Register(AnalysisContext context);
}
