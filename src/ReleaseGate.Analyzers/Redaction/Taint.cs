using Microsoft.CodeAnalysis;

namespace ReleaseGate.Analyzers.Redaction;

/// <summary>
/// What is known about a value: clean (constant or redacted on every path) or not, and when not, whether a single
/// parameter of the enclosing method is the only reason.
/// </summary>
internal readonly struct Taint : IEquatable<Taint>
{
    private Taint(bool isClean, IParameterSymbol? parameter)
    {
        IsClean = isClean;
        Parameter = parameter;
    }

    public static Taint Clean { get; } = new(isClean: true, parameter: null);

    public static Taint Unknown { get; } = new(isClean: false, parameter: null);

    public bool IsClean { get; }

    /// <summary>The only source that is not clean, when it is a parameter; lets the fix move the obligation.</summary>
    public IParameterSymbol? Parameter { get; }

    public static Taint FromParameter(IParameterSymbol parameter) => new(isClean: false, parameter);

    public Taint Join(Taint other)
    {
        if (IsClean)
        {
            return other;
        }

        if (other.IsClean || Equals(other))
        {
            return this;
        }

        return Unknown;
    }

    public bool Equals(Taint other) =>
        IsClean == other.IsClean && SymbolEqualityComparer.Default.Equals(Parameter, other.Parameter);

    public override bool Equals(object? obj) => obj is Taint other && Equals(other);

    public override int GetHashCode() =>
        IsClean ? 1 : SymbolEqualityComparer.Default.GetHashCode(Parameter);
}
