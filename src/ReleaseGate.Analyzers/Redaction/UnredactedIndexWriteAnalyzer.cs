using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ReleaseGate.Analyzers.Redaction;

/// <summary>RG1001: text that reaches an index write without passing through a redactor on every path.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnredactedIndexWriteAnalyzer : ReleaseGateAnalyzer
{
    /// <summary>Names the parameter whose value is unredacted, when one parameter is the only source.</summary>
    public const string ParameterProperty = "Parameter";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.UnredactedIndexWrite);

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = RedactionSymbols.Create(start.Compilation, start.Options, start.CancellationToken);
            if (!symbols.HasSinks)
            {
                return;
            }

            start.RegisterOperationBlockStartAction(block => OnBlockStart(block, symbols));
        });
    }

    private static void OnBlockStart(OperationBlockStartAnalysisContext context, RedactionSymbols symbols)
    {
        // Building a control flow graph is the expensive part: do it only for bodies that write to a sink.
        var candidate = new CandidateFlag();
        context.RegisterOperationAction(
            operation =>
            {
                var method = operation.Operation switch
                {
                    IInvocationOperation invocation => invocation.TargetMethod,
                    IObjectCreationOperation creation => creation.Constructor,
                    _ => null,
                };
                if (method is not null && !symbols.GetSinkParameters(method).IsEmpty)
                {
                    candidate.Set();
                }
            },
            OperationKind.Invocation,
            OperationKind.ObjectCreation);
        context.RegisterOperationAction(
            operation =>
            {
                if (((IAssignmentOperation)operation.Operation).Target is IPropertyReferenceOperation property
                    && symbols.IsSinkProperty(property.Property))
                {
                    candidate.Set();
                }
            },
            OperationKind.SimpleAssignment);
        context.RegisterOperationBlockEndAction(end =>
        {
            if (candidate.IsSet)
            {
                AnalyzeBlocks(end, symbols);
            }
        });
    }

    private static void AnalyzeBlocks(OperationBlockAnalysisContext context, RedactionSymbols symbols)
    {
        var analysis = new RedactionFlowAnalysis(
            symbols,
            write => context.ReportDiagnostic(CreateDiagnostic(write)),
            context.CancellationToken);
        // A method's blocks hang under one body operation; the graph is built for that root, once.
        var roots = new HashSet<IOperation>();
        foreach (var block in context.OperationBlocks)
        {
            var root = block;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            if (HasGraph(root) && roots.Add(root))
            {
                analysis.Analyze(context.GetControlFlowGraph(block), new TaintState());
            }
        }
    }

    private static bool HasGraph(IOperation block) => block is IMethodBodyOperation
        or IConstructorBodyOperation
        or IBlockOperation
        or IFieldInitializerOperation
        or IPropertyInitializerOperation
        or IParameterInitializerOperation;

    private static Diagnostic CreateDiagnostic(SinkWrite write)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        var parameter = write.Taint.Parameter;
        var ownedByMethod =
            parameter?.ContainingSymbol is IMethodSymbol { MethodKind: not MethodKind.AnonymousFunction };
        if (parameter is not null && ownedByMethod)
        {
            properties = properties.Add(ParameterProperty, parameter.Name);
        }

        return Diagnostic.Create(
            RuleDescriptors.UnredactedIndexWrite,
            write.Value.Syntax.GetLocation(),
            properties,
            Shorten(write.Value.Syntax.ToString()),
            DescribeSink(write.Sink));
    }

    private static string DescribeSink(ISymbol sink)
    {
        if (sink is not IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter)
        {
            return sink.ContainingType.Name + "." + sink.Name;
        }

        var methodName = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
        return methodName + "(" + parameter.Name + ")";
    }

    /// <summary>One line of at most 60 characters, so a multi-line argument still reads as a message.</summary>
    private static string Shorten(string text)
    {
        const int MaxLength = 60;
        var line = string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= MaxLength ? line : line.Substring(0, MaxLength - 3) + "...";
    }

    private sealed class CandidateFlag
    {
        private int _value;

        public bool IsSet => Volatile.Read(ref _value) != 0;

        public void Set() => Volatile.Write(ref _value, 1);
    }
}
