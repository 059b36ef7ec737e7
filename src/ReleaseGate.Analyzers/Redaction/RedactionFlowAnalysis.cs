using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReleaseGate.Analyzers.Redaction;

/// <summary>
/// Runs the taint of locals forward over a control flow graph until nothing changes, then checks every sink
/// with the state that reaches it, so a value is clean only when each path to the sink made it clean.
/// </summary>
internal sealed class RedactionFlowAnalysis
{
    // Joins only ever raise a value, so the iteration ends; the cap guards against a pathological graph.
    private const int MaxVisitsPerBlock = 50;

    private readonly RedactionSymbols _symbols;
    private readonly CleanValueEvaluator _evaluator;
    private readonly Action<SinkWrite> _report;
    private readonly CancellationToken _cancellationToken;

    public RedactionFlowAnalysis(RedactionSymbols symbols, Action<SinkWrite> report, CancellationToken cancellationToken)
    {
        _symbols = symbols;
        _evaluator = new CleanValueEvaluator(symbols);
        _report = report;
        _cancellationToken = cancellationToken;
    }

    public void Analyze(ControlFlowGraph graph, TaintState entry)
    {
        var states = Solve(graph, entry);
        if (states is null)
        {
            return;
        }

        foreach (var block in graph.Blocks)
        {
            var state = states[block.Ordinal];
            if (state is null)
            {
                continue;
            }

            state = state.Clone();
            foreach (var operation in block.Operations)
            {
                Transfer(operation, state, graph, check: true);
            }

            Transfer(block.BranchValue, state, graph, check: true);
        }

        foreach (var localFunction in graph.LocalFunctions)
        {
            Analyze(graph.GetLocalFunctionControlFlowGraph(localFunction, _cancellationToken), new TaintState());
        }
    }

    private TaintState?[]? Solve(ControlFlowGraph graph, TaintState entry)
    {
        var blocks = graph.Blocks;
        var states = new TaintState?[blocks.Length];
        var visits = new int[blocks.Length];
        states[0] = entry.Clone();
        var work = new Queue<int>();
        work.Enqueue(0);
        while (work.Count > 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var ordinal = work.Dequeue();
            if (++visits[ordinal] > MaxVisitsPerBlock)
            {
                return null;
            }

            var block = blocks[ordinal];
            var state = states[ordinal]!.Clone();
            foreach (var operation in block.Operations)
            {
                Transfer(operation, state, graph, check: false);
            }

            Transfer(block.BranchValue, state, graph, check: false);
            Propagate(block.FallThroughSuccessor, state, states, work);
            Propagate(block.ConditionalSuccessor, state, states, work);
        }

        return states;
    }

    private static void Propagate(ControlFlowBranch? branch, TaintState state, TaintState?[] states, Queue<int> work)
    {
        var destination = branch?.Destination;
        if (destination is null)
        {
            return;
        }

        var target = states[destination.Ordinal];
        if (target is null)
        {
            states[destination.Ordinal] = state.Clone();
            work.Enqueue(destination.Ordinal);
        }
        else if (target.MergeFrom(state))
        {
            work.Enqueue(destination.Ordinal);
        }
    }

    /// <summary>Applies one operation's effects in evaluation order: operands first, then the operation.</summary>
    private void Transfer(IOperation? operation, TaintState state, ControlFlowGraph graph, bool check)
    {
        if (operation is null)
        {
            return;
        }

        if (operation is IFlowAnonymousFunctionOperation lambda)
        {
            // A lambda sees the locals it captures as they are where it is created.
            if (check)
            {
                Analyze(graph.GetAnonymousFunctionControlFlowGraph(lambda, _cancellationToken), state);
            }

            return;
        }

        foreach (var child in operation.ChildOperations)
        {
            Transfer(child, state, graph, check);
        }

        switch (operation)
        {
            case IFlowCaptureOperation capture:
                Capture(capture, state);
                break;
            case ISimpleAssignmentOperation assignment:
                Assign(assignment.Target, _evaluator.Evaluate(assignment.Value, state), state, check, assignment);
                break;
            case ICompoundAssignmentOperation compound:
                AddTo(compound.Target, _evaluator.Evaluate(compound.Value, state), state);
                break;
            case IInvocationOperation invocation:
                Call(invocation.TargetMethod, invocation.Instance, invocation.Arguments, state, check);
                break;
            case IObjectCreationOperation creation when creation.Constructor is not null:
                Call(creation.Constructor, null, creation.Arguments, state, check);
                break;
            case IDeconstructionAssignmentOperation deconstruction:
                ForgetTargets(deconstruction.Target, state);
                break;
        }
    }

    private void Capture(IFlowCaptureOperation capture, TaintState state)
    {
        var value = capture.Value;
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        state.SetOwn(capture.Id, _evaluator.Evaluate(capture.Value, state));

        // Strings and values are copied; a captured list or builder is the same object as the local.
        var type = value.Type;
        if (type is null || type.IsValueType || type.SpecialType == SpecialType.System_String)
        {
            return;
        }

        object? variable = value switch
        {
            ILocalReferenceOperation local => local.Local,
            IFlowCaptureReferenceOperation reference => reference.Id,
            _ => null,
        };
        if (variable is not null)
        {
            state.SetAlias(capture.Id, variable);
        }
    }

    private void Assign(IOperation target, Taint value, TaintState state, bool check, IOperation assignment)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                state.Set(local.Local, value);
                return;
            case IFlowCaptureReferenceOperation capture:
                state.Set(capture.Id, value);
                return;
            case IPropertyReferenceOperation property when check && _symbols.IsSinkProperty(property.Property):
                if (!value.IsClean)
                {
                    var written = ((ISimpleAssignmentOperation)assignment).Value;
                    _report(new SinkWrite(written, property.Property, value));
                }

                break;
        }

        AddTo(target, value, state);
    }

    /// <summary>Writing into a member or element of a tracked record adds to what that record carries.</summary>
    private static void AddTo(IOperation target, Taint value, TaintState state)
    {
        if (target is IMemberReferenceOperation member && TextTypes.IsStructuralMember(member.Member.Name))
        {
            return;
        }

        var root = target is ILocalReferenceOperation or IFlowCaptureReferenceOperation
            ? CleanValueEvaluator.GetTrackedRoot(target)
            : CleanValueEvaluator.GetTrackedRoot(InstanceOf(target));
        if (root is not null)
        {
            state.Add(root, value);
        }
    }

    private static IOperation? InstanceOf(IOperation target) => target switch
    {
        IPropertyReferenceOperation property => property.Instance,
        IFieldReferenceOperation field => field.Instance,
        IArrayElementReferenceOperation element => element.ArrayReference,
        _ => null,
    };

    private void Call(
        IMethodSymbol method,
        IOperation? instance,
        ImmutableArray<IArgumentOperation> arguments,
        TaintState state,
        bool check)
    {
        if (check)
        {
            CheckSinks(method, arguments, state);
        }

        foreach (var argument in arguments)
        {
            // A callee may write anything into an out or ref local.
            if (argument.Parameter?.RefKind is RefKind.Out or RefKind.Ref)
            {
                var root = CleanValueEvaluator.GetTrackedRoot(argument.Value);
                if (root is not null)
                {
                    state.Set(root, Taint.Unknown);
                }
            }
        }

        if (CleanValueEvaluator.IsContainerMutation(method))
        {
            var root = CleanValueEvaluator.GetTrackedRoot(instance);
            if (root is not null)
            {
                foreach (var argument in arguments)
                {
                    state.Add(root, _evaluator.Evaluate(argument.Value, state));
                }
            }
        }
    }

    private void CheckSinks(
        IMethodSymbol method,
        ImmutableArray<IArgumentOperation> arguments,
        TaintState state)
    {
        var sinks = _symbols.GetSinkParameters(method);
        if (sinks.IsEmpty)
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is null || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            if (!IsSink(sinks, argument.Parameter))
            {
                continue;
            }

            var taint = _evaluator.Evaluate(argument.Value, state);
            if (!taint.IsClean)
            {
                _report(new SinkWrite(argument.Value, argument.Parameter, taint));
            }
        }
    }

    private static bool IsSink(ImmutableArray<IParameterSymbol> sinks, IParameterSymbol parameter)
    {
        foreach (var sink in sinks)
        {
            if (sink.Ordinal == parameter.Ordinal)
            {
                return true;
            }
        }

        return false;
    }

    private static void ForgetTargets(IOperation target, TaintState state)
    {
        foreach (var element in target.DescendantsAndSelf())
        {
            if (element is ILocalReferenceOperation local)
            {
                state.Set(local.Local, Taint.Unknown);
            }
        }
    }
}
