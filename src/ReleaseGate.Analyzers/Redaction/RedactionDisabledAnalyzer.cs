using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ReleaseGate.Analyzers.Redaction;

/// <summary>RG1003: <c>RedactionPolicy.None</c> handed to whatever builds an index.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RedactionDisabledAnalyzer : ReleaseGateAnalyzer
{
    private const string RedactionPolicyName = "ReleaseGate.Indexing.RedactionPolicy";
    private const string NoneMember = "None";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.RedactionDisabled);

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var policy = start.Compilation.GetTypeByMetadataName(RedactionPolicyName);
            if (policy is null)
            {
                return;
            }

            start.RegisterOperationAction(
                operation => AnalyzeReference(operation, policy),
                OperationKind.PropertyReference,
                OperationKind.FieldReference);
        });
    }

    private static void AnalyzeReference(OperationAnalysisContext context, INamedTypeSymbol policy)
    {
        var member = ((IMemberReferenceOperation)context.Operation).Member;
        if (member.Name != NoneMember
            || !member.IsStatic
            || !SymbolEqualityComparer.Default.Equals(member.ContainingType, policy)
            || !IsHandedOver(context.Operation))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            RuleDescriptors.RedactionDisabled,
            context.Operation.Syntax.GetLocation(),
            context.Operation.Syntax.ToString()));
    }

    /// <summary>Passed as an argument or stored; a comparison such as <c>policy == None</c> turns nothing off.</summary>
    private static bool IsHandedOver(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            operation = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            IArgumentOperation => true,
            ISimpleAssignmentOperation assignment => assignment.Value == operation,
            IVariableInitializerOperation or IPropertyInitializerOperation or IFieldInitializerOperation => true,
            IReturnOperation => true,
            _ => false,
        };
    }
}
