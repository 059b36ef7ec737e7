using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReleaseGate.Analyzers.Secrets;

/// <summary>Finds the name a literal is given: the variable, member, parameter or key it is stored under.</summary>
internal static class LiteralNames
{
    /// <summary>The nearest name from syntax alone; arguments need <see cref="GetParameterName"/>.</summary>
    public static string? GetName(SyntaxNode literal)
    {
        var node = SkipWrappers(literal);
        var parent = node.Parent;
        switch (parent)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                return declarator.Identifier.ValueText;
            case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                return property.Identifier.ValueText;
            case EqualsValueClauseSyntax { Parent: ParameterSyntax parameter }:
                return parameter.Identifier.ValueText;
            case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                return property.Identifier.ValueText;
            case AssignmentExpressionSyntax assignment when assignment.Right == node:
                return NameOf(assignment.Left);
            case AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } nameEquals }:
                return nameEquals.Name.Identifier.ValueText;
            case ArgumentSyntax { NameColon: { } nameColon }:
                return nameColon.Name.Identifier.ValueText;
            case AttributeArgumentSyntax { NameEquals: { } attributeName }:
                return attributeName.Name.Identifier.ValueText;
            case AttributeArgumentSyntax { NameColon: { } attributeColon }:
                return attributeColon.Name.Identifier.ValueText;
            default:
                return null;
        }
    }

    /// <summary>The parameter a positional argument binds to; only asked once the value itself is suspicious.</summary>
    public static string? GetParameterName(
        SyntaxNode literal,
        SemanticModel model,
        System.Threading.CancellationToken cancellationToken)
    {
        var node = SkipWrappers(literal);
        if (node.Parent is not ArgumentSyntax { Parent: BaseArgumentListSyntax { Parent: { } call } } argument)
        {
            return null;
        }

        var symbol = model.GetSymbolInfo(call, cancellationToken).Symbol as IMethodSymbol;
        if (symbol is null)
        {
            return null;
        }

        var index = ((BaseArgumentListSyntax)argument.Parent!).Arguments.IndexOf(argument);
        return index >= 0 && index < symbol.Parameters.Length ? symbol.Parameters[index].Name : null;
    }

    /// <summary>
    /// The other names a value can be given, nearest first: the key of a key-value call such as
    /// <c>headers.Add("X-Api-Key", value)</c>, and the name the result of a one-argument conversion such as
    /// <c>Convert.FromBase64String(value)</c> is stored under.
    /// </summary>
    public static IEnumerable<string> GetIndirectNames(SyntaxNode literal)
    {
        var node = SkipWrappers(literal);
        if (node.Parent is not ArgumentSyntax { NameColon: null } argument
            || argument.Parent is not ArgumentListSyntax list)
        {
            yield break;
        }

        var index = list.Arguments.IndexOf(argument);
        if (index > 0 && list.Arguments[index - 1].Expression is LiteralExpressionSyntax key
            && key.IsKind(SyntaxKind.StringLiteralExpression))
        {
            yield return key.Token.ValueText;
        }

        if (list.Arguments.Count == 1 && list.Parent is InvocationExpressionSyntax invocation
            && GetName(invocation) is { } stored)
        {
            yield return stored;
        }
    }

    private static SyntaxNode SkipWrappers(SyntaxNode node)
    {
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax
            or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression }
            or InterpolatedStringExpressionSyntax or InterpolationSyntax)
        {
            node = node.Parent;
        }

        return node;
    }

    private static string? KeyOf(BracketedArgumentListSyntax arguments) =>
        arguments.Arguments.Count == 1 && arguments.Arguments[0].Expression is LiteralExpressionSyntax key
            ? key.Token.ValueText
            : null;

    private static string? NameOf(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        ImplicitElementAccessSyntax access => KeyOf(access.ArgumentList),
        ElementAccessExpressionSyntax access => KeyOf(access.ArgumentList),
        _ => null,
    };
}
