using Microsoft.CodeAnalysis;

namespace ReleaseGate.Analyzers.Redaction;

/// <summary>A value that reaches a sink without being clean on every path.</summary>
internal readonly struct SinkWrite
{
    public SinkWrite(IOperation value, ISymbol sink, Taint taint)
    {
        Value = value;
        Sink = sink;
        Taint = taint;
    }

    public IOperation Value { get; }

    /// <summary>The parameter or property that must receive redacted text.</summary>
    public ISymbol Sink { get; }

    public Taint Taint { get; }
}
