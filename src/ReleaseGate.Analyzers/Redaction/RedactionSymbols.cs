using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGate.Analyzers.Redaction;

/// <summary>
/// The sinks and sanitizers of one compilation, resolved once when it starts; answers per method are cached
/// because the same write method is called from many places.
/// </summary>
internal sealed class RedactionSymbols
{
    public const string RequiresRedactionAttributeName = "ReleaseGate.Privacy.RequiresRedactionAttribute";
    public const string RedactsAttributeName = "ReleaseGate.Privacy.RedactsAttribute";
    public const string TextRedactorName = "ReleaseGate.Privacy.ITextRedactor";
    public const string ComplianceRedactorName = "Microsoft.Extensions.Compliance.Redaction.Redactor";

    private readonly INamedTypeSymbol? _requiresRedaction;
    private readonly INamedTypeSymbol? _redacts;
    private readonly INamedTypeSymbol? _textRedactor;
    private readonly INamedTypeSymbol? _complianceRedactor;
    private readonly ImmutableArray<(INamedTypeSymbol Type, WellKnownSink Sink)> _wellKnown;
    private readonly ImmutableHashSet<ISymbol> _listedSinks;
    private readonly ImmutableHashSet<ISymbol> _listedSanitizers;
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IParameterSymbol>> _sinkParameters =
        new(SymbolEqualityComparer.Default);

    private RedactionSymbols(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        _requiresRedaction = compilation.GetTypeByMetadataName(RequiresRedactionAttributeName);
        _redacts = compilation.GetTypeByMetadataName(RedactsAttributeName);
        _textRedactor = compilation.GetTypeByMetadataName(TextRedactorName);
        _complianceRedactor = compilation.GetTypeByMetadataName(ComplianceRedactorName);
        _wellKnown = WellKnownSink.All
            .Select(sink => (Type: compilation.GetTypeByMetadataName(sink.ReceiverMetadataName), Sink: sink))
            .Where(pair => pair.Type is not null)
            .Select(pair => (pair.Type!, pair.Sink))
            .ToImmutableArray();
        _listedSinks = SymbolListFile.Read(options, SymbolListFile.SinksFileName, compilation, cancellationToken);
        _listedSanitizers =
            SymbolListFile.Read(options, SymbolListFile.SanitizersFileName, compilation, cancellationToken);
    }

    /// <summary>Whether anything in this compilation can be a sink; when not, the rule registers nothing.</summary>
    public bool HasSinks => _requiresRedaction is not null || !_wellKnown.IsEmpty || !_listedSinks.IsEmpty;

    public static RedactionSymbols Create(
        Compilation compilation,
        AnalyzerOptions options,
        CancellationToken cancellationToken) => new(compilation, options, cancellationToken);

    public bool IsRequiresRedaction(IParameterSymbol parameter) =>
        _requiresRedaction is not null && HasAttribute(parameter, _requiresRedaction);

    /// <summary>The parameters of <paramref name="method"/> that must receive redacted text; empty for most.</summary>
    public ImmutableArray<IParameterSymbol> GetSinkParameters(IMethodSymbol method) =>
        _sinkParameters.GetOrAdd(method.OriginalDefinition, ComputeSinkParameters);

    public bool IsSinkProperty(IPropertySymbol property) => _listedSinks.Contains(property.OriginalDefinition);

    public bool IsSanitizer(IMethodSymbol method)
    {
        var definition = method.OriginalDefinition;
        if (_redacts is not null && HasAttribute(definition, _redacts))
        {
            return true;
        }

        if (_listedSanitizers.Contains(definition))
        {
            return true;
        }

        if (method.Name != "Redact")
        {
            return false;
        }

        return IsOrDerivesFrom(method.ContainingType, _complianceRedactor)
            || (_textRedactor is not null && Implements(method.ContainingType, _textRedactor));
    }

    private ImmutableArray<IParameterSymbol> ComputeSinkParameters(IMethodSymbol method)
    {
        var builder = ImmutableArray.CreateBuilder<IParameterSymbol>();
        var listed = _listedSinks.Contains(method);
        var wellKnown = FindWellKnown(method);
        var inherited = InheritedDeclarations(method);
        foreach (var parameter in method.Parameters)
        {
            if (listed
                || IsRequiresRedaction(parameter)
                || inherited.Any(declaration => IsRequiresRedaction(declaration.Parameters[parameter.Ordinal]))
                || (wellKnown is not null && wellKnown.ParameterNames.Contains(parameter.Name)))
            {
                builder.Add(parameter);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The interface members and base methods a method implements, whose parameter marks it inherits.</summary>
    private static List<IMethodSymbol> InheritedDeclarations(IMethodSymbol method)
    {
        var declarations = new List<IMethodSymbol>();
        for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            declarations.Add(overridden);
        }

        var type = method.ContainingType;
        if (type is null || method.IsStatic)
        {
            return declarations;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers(method.Name))
            {
                if (member is IMethodSymbol candidate
                    && candidate.Parameters.Length == method.Parameters.Length
                    && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), method))
                {
                    declarations.Add(candidate);
                }
            }
        }

        return declarations;
    }

    private WellKnownSink? FindWellKnown(IMethodSymbol method)
    {
        if (_wellKnown.IsEmpty)
        {
            return null;
        }

        // Operations show extension calls in their static form, so the extended type is the first parameter's.
        var receiver = method.IsExtensionMethod ? method.Parameters[0].Type : method.ContainingType;
        foreach (var (type, sink) in _wellKnown)
        {
            if (sink.MethodNames.Contains(method.Name) && IsOrDerivesFrom(receiver, type))
            {
                return sink;
            }
        }

        return null;
    }

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol attribute)
    {
        foreach (var data in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOrDerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return type is not null && Implements(type, baseType);
    }

    private static bool Implements(ITypeSymbol type, INamedTypeSymbol @interface)
    {
        if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, @interface))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, @interface))
            {
                return true;
            }
        }

        return false;
    }
}
