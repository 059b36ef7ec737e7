using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace ReleaseGate.Analyzers.Redaction;

/// <summary>
/// The taint of every local and flow capture at one point of a control flow graph. A variable that has no entry
/// has not been assigned on any path that reaches the point.
/// </summary>
internal sealed class TaintState
{
    private readonly Dictionary<object, Taint> _values;

    // A capture of a local (made when a receiver must be evaluated before its arguments) is the same object.
    private readonly Dictionary<CaptureId, object> _aliases;

    public TaintState()
    {
        _values = new Dictionary<object, Taint>(KeyComparer.Instance);
        _aliases = new Dictionary<CaptureId, object>();
    }

    private TaintState(TaintState other)
    {
        _values = new Dictionary<object, Taint>(other._values, KeyComparer.Instance);
        _aliases = new Dictionary<CaptureId, object>(other._aliases);
    }

    public TaintState Clone() => new(this);

    // Marks a capture that stands for different variables on different paths: it is then only a value.
    private static readonly object s_conflict = new();

    public void SetAlias(CaptureId capture, object variable) => _aliases[capture] = Resolve(variable);

    /// <summary>The variable a capture stands for, or the variable itself.</summary>
    public object Resolve(object variable) =>
        variable is CaptureId capture && _aliases.TryGetValue(capture, out var target) && target != s_conflict
            ? target
            : variable;

    /// <summary>Sets a capture's own value, not the value of the variable it may stand for.</summary>
    public void SetOwn(CaptureId capture, Taint taint) => _values[capture] = taint;

    public bool TryGet(ILocalSymbol local, out Taint taint) => _values.TryGetValue(local, out taint);

    public bool TryGet(CaptureId capture, out Taint taint) => _values.TryGetValue(Resolve(capture), out taint);

    public void Set(object variable, Taint taint) => _values[Resolve(variable)] = taint;

    /// <summary>Adds what a value brings into a container (a record, a list, a builder) without forgetting the rest.</summary>
    public void Add(object variable, Taint taint)
    {
        variable = Resolve(variable);
        _values[variable] = _values.TryGetValue(variable, out var current) ? current.Join(taint) : taint;
    }

    /// <summary>Merges another path into this one; returns whether anything changed.</summary>
    public bool MergeFrom(TaintState other)
    {
        var changed = false;
        foreach (var alias in other._aliases)
        {
            if (!_aliases.TryGetValue(alias.Key, out var current))
            {
                _aliases[alias.Key] = alias.Value;
                changed = true;
            }
            else if (current != s_conflict && !KeyComparer.Instance.Equals(current, alias.Value))
            {
                _aliases[alias.Key] = s_conflict;
                changed = true;
            }
        }

        foreach (var pair in other._values)
        {
            if (!_values.TryGetValue(pair.Key, out var current))
            {
                _values[pair.Key] = pair.Value;
                changed = true;
                continue;
            }

            var joined = current.Join(pair.Value);
            if (!joined.Equals(current))
            {
                _values[pair.Key] = joined;
                changed = true;
            }
        }

        return changed;
    }

    private sealed class KeyComparer : IEqualityComparer<object>
    {
        public static readonly KeyComparer Instance = new();

        public new bool Equals(object? x, object? y) =>
            x is ISymbol a && y is ISymbol b ? SymbolEqualityComparer.Default.Equals(a, b) : object.Equals(x, y);

        public int GetHashCode(object obj) =>
            obj is ISymbol symbol ? SymbolEqualityComparer.Default.GetHashCode(symbol) : obj.GetHashCode();
    }
}
