using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReleaseGate.Analyzers.Redaction;

/// <summary>
/// Computes the taint of one value from the state at the point where it is read. Only constants, sanitizer
/// results and what is built from clean values alone are clean; anything else (fields, calls, awaits) is not.
/// </summary>
internal sealed class CleanValueEvaluator
{
    private readonly RedactionSymbols _symbols;

    public CleanValueEvaluator(RedactionSymbols symbols)
    {
        _symbols = symbols;
    }

    public Taint Evaluate(IOperation? operation, TaintState state)
    {
        if (operation is null || operation.ConstantValue.HasValue || !TextTypes.CanCarryText(operation.Type))
        {
            return Taint.Clean;
        }

        return operation switch
        {
            IConversionOperation conversion => Evaluate(conversion.Operand, state),
            IParenthesizedOperation parenthesized => Evaluate(parenthesized.Operand, state),
            ILocalReferenceOperation local => state.TryGet(local.Local, out var taint) ? taint : Taint.Unknown,
            IFlowCaptureReferenceOperation capture => state.TryGet(capture.Id, out var taint) ? taint : Taint.Unknown,
            IParameterReferenceOperation parameter => EvaluateParameter(parameter.Parameter),
            IBinaryOperation binary => Evaluate(binary.LeftOperand, state).Join(Evaluate(binary.RightOperand, state)),
            IConditionalOperation conditional =>
                Evaluate(conditional.WhenTrue, state).Join(Evaluate(conditional.WhenFalse, state)),
            ICoalesceOperation coalesce => Evaluate(coalesce.Value, state).Join(Evaluate(coalesce.WhenNull, state)),
            IInterpolatedStringOperation interpolated => EvaluateInterpolation(interpolated, state),
            IInterpolatedStringHandlerCreationOperation handler => Evaluate(handler.Content, state),
            IInvocationOperation invocation => EvaluateInvocation(invocation, state),
            IObjectCreationOperation creation => EvaluateCreation(creation, state),
            IAnonymousObjectCreationOperation anonymous => EvaluateChildren(anonymous, state),
            IArrayCreationOperation array => Evaluate(array.Initializer, state),
            IArrayInitializerOperation initializer => EvaluateChildren(initializer, state),
            IObjectOrCollectionInitializerOperation initializer => EvaluateChildren(initializer, state),
            IMemberInitializerOperation member => Evaluate(member.Initializer, state),
            ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } when
                TextTypes.IsStructuralMember(member.Member.Name) => Taint.Clean,
            ISimpleAssignmentOperation assignment => Evaluate(assignment.Value, state),
            ITupleOperation tuple => EvaluateChildren(tuple, state),
            IArgumentOperation argument => Evaluate(argument.Value, state),
            IArrayElementReferenceOperation element => Evaluate(element.ArrayReference, state),
            IPropertyReferenceOperation property => EvaluateMemberOf(property.Instance, state),
            IFieldReferenceOperation field => EvaluateMemberOf(field.Instance, state),
            ILiteralOperation or IDefaultValueOperation or INameOfOperation or ITypeOfOperation => Taint.Clean,
            IInstanceReferenceOperation => Taint.Clean,
            _ => Taint.Unknown,
        };
    }

    /// <summary>The variable that a member access or a mutating call ultimately changes, when it is tracked.</summary>
    public static object? GetTrackedRoot(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    return local.Local;
                case IFlowCaptureReferenceOperation capture:
                    return capture.Id;
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IPropertyReferenceOperation property:
                    operation = property.Instance;
                    break;
                case IFieldReferenceOperation field:
                    operation = field.Instance;
                    break;
                case IArrayElementReferenceOperation element:
                    operation = element.ArrayReference;
                    break;
                case IInvocationOperation invocation when IsBuilderMethod(invocation.TargetMethod):
                    operation = invocation.Instance;
                    break;
                default:
                    return null;
            }
        }
    }

    /// <summary>Methods that put their arguments into their receiver: builders and collections.</summary>
    public static bool IsContainerMutation(IMethodSymbol method) =>
        !method.IsStatic && method.Name is "Add" or "AddRange" or "Insert" or "InsertRange" or "Push" or "Enqueue"
            or "Append" or "AppendLine" or "AppendFormat" or "AppendJoin" or "Replace" or "TryAdd";

    private static bool IsBuilderMethod(IMethodSymbol method) =>
        method.ContainingType?.Name == "StringBuilder" && IsContainerMutation(method);

    private Taint EvaluateParameter(IParameterSymbol parameter) =>
        _symbols.IsRequiresRedaction(parameter) ? Taint.Clean : Taint.FromParameter(parameter);

    private Taint EvaluateMemberOf(IOperation? instance, TaintState state)
    {
        var root = GetTrackedRoot(instance);
        return root switch
        {
            ILocalSymbol local when state.TryGet(local, out var taint) => taint,
            CaptureId capture when state.TryGet(capture, out var taint) => taint,
            _ => Taint.Unknown,
        };
    }

    private Taint EvaluateInterpolation(IInterpolatedStringOperation interpolated, TaintState state)
    {
        var taint = Taint.Clean;
        foreach (var part in interpolated.Parts)
        {
            taint = taint.Join(part switch
            {
                IInterpolationOperation interpolation => Evaluate(interpolation.Expression, state),
                IInterpolatedStringAppendOperation append => EvaluateArguments(append.AppendCall, state),
                _ => Taint.Clean,
            });
        }

        return taint;
    }

    private Taint EvaluateInvocation(IInvocationOperation invocation, TaintState state)
    {
        var method = invocation.TargetMethod;
        if (_symbols.IsSanitizer(method))
        {
            return Taint.Clean;
        }

        // A collection initializer's Add call puts its arguments into the object being initialized.
        if (invocation.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            && IsContainerMutation(method))
        {
            return EvaluateArguments(invocation, state);
        }

        // String and StringBuilder methods only rearrange what they are given.
        var owner = method.ContainingType;
        var isText = owner?.SpecialType == SpecialType.System_String
            || (owner?.Name == "StringBuilder" && owner.ContainingNamespace?.ToDisplayString() == "System.Text");
        if (isText || (method.Name == "ToString" && !method.IsStatic))
        {
            return Evaluate(invocation.Instance, state).Join(EvaluateArguments(invocation, state));
        }

        return Taint.Unknown;
    }

    private Taint EvaluateCreation(IObjectCreationOperation creation, TaintState state) =>
        EvaluateArguments(creation, state).Join(Evaluate(creation.Initializer, state));

    private Taint EvaluateArguments(IOperation? operation, TaintState state)
    {
        var taint = Taint.Clean;
        var arguments = operation switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => default,
        };
        if (arguments.IsDefault)
        {
            return taint;
        }

        foreach (var argument in arguments)
        {
            // A positional record's key and hash parameters are not its text.
            if (operation is IObjectCreationOperation
                && argument.Parameter is { } parameter
                && TextTypes.IsStructuralMember(parameter.Name))
            {
                continue;
            }

            taint = taint.Join(Evaluate(argument.Value, state));
        }

        return taint;
    }

    private Taint EvaluateChildren(IOperation operation, TaintState state)
    {
        var taint = Taint.Clean;
        foreach (var child in operation.ChildOperations)
        {
            taint = taint.Join(Evaluate(child, state));
        }

        return taint;
    }
}
