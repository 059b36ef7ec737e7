using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using ReleaseGate.Analyzers.Redaction;

namespace ReleaseGate.Analyzers.CodeFixes;

/// <summary>
/// RG1001 fixes: wrap the value in a redactor that is in scope, or, when the value is a parameter of the
/// enclosing method, mark that parameter <c>[RequiresRedaction]</c> so its callers must redact.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedactValueCodeFixProvider))]
[Shared]
public sealed class RedactValueCodeFixProvider : CodeFixProvider
{
    // Written fully qualified so it binds anywhere; the import is added and the name shortened afterwards.
    private const string AttributeName = "global::ReleaseGate.Privacy.RequiresRedaction";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.UnredactedIndexWrite);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var diagnostic = context.Diagnostics[0];
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node is ArgumentSyntax argument)
        {
            node = argument.Expression;
        }

        if (node is not ExpressionSyntax value)
        {
            return;
        }

        var redactor = FindRedactor(model, value, context.CancellationToken);
        if (redactor is not null && model.GetTypeInfo(value, context.CancellationToken).Type?.SpecialType
            == SpecialType.System_String)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Redact with '{redactor.Name}.Redact'",
                    _ => Task.FromResult(WrapInRedactor(context.Document, root, value, redactor.Name)),
                    CodeFixEquivalenceKeys.WrapInRedactor),
                diagnostic);
        }

        if (diagnostic.Properties.TryGetValue(UnredactedIndexWriteAnalyzer.ParameterProperty, out var name)
            && name is not null
            && FindParameter(value, name) is { } parameter)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Require callers to redact '{name}'",
                    token => MarkParameterAsync(context.Document, root, parameter, token),
                    CodeFixEquivalenceKeys.RequireRedactionFromCallers),
                diagnostic);
        }
    }

    /// <summary>A local, parameter, field or property in scope whose type is a text redactor.</summary>
    private static ISymbol? FindRedactor(SemanticModel model, SyntaxNode at, CancellationToken cancellationToken)
    {
        var redactorType = model.Compilation.GetTypeByMetadataName(RedactionSymbols.TextRedactorName);
        if (redactorType is null)
        {
            return null;
        }

        var inStatic = model.GetEnclosingSymbol(at.SpanStart, cancellationToken)?.IsStatic ?? false;
        return model.LookupSymbols(at.SpanStart)
            .Where(symbol => !inStatic || symbol.IsStatic || symbol is ILocalSymbol or IParameterSymbol)
            .FirstOrDefault(symbol => IsRedactor(TypeOf(symbol), redactorType));
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static bool IsRedactor(ITypeSymbol? type, INamedTypeSymbol redactorType) =>
        type is not null
        && (SymbolEqualityComparer.Default.Equals(type, redactorType)
            || type.AllInterfaces.Contains(redactorType, SymbolEqualityComparer.Default));

    private static Document WrapInRedactor(Document document, SyntaxNode root, ExpressionSyntax value, string name)
    {
        var call = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    SyntaxFactory.IdentifierName(name),
                    SyntaxFactory.IdentifierName("Redact")),
                SyntaxFactory.ArgumentList(
                    SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value.WithoutTrivia()))))
            .WithTriviaFrom(value);
        return document.WithSyntaxRoot(root.ReplaceNode(value, call));
    }

    private static ParameterSyntax? FindParameter(SyntaxNode from, string name)
    {
        var member = from.Ancestors().FirstOrDefault(node => node is BaseMethodDeclarationSyntax
            or LocalFunctionStatementSyntax);
        var parameters = member switch
        {
            BaseMethodDeclarationSyntax method => method.ParameterList.Parameters,
            LocalFunctionStatementSyntax local => local.ParameterList.Parameters,
            _ => default,
        };
        return parameters.FirstOrDefault(parameter => parameter.Identifier.ValueText == name);
    }

    private static async Task<Document> MarkParameterAsync(
        Document document,
        SyntaxNode root,
        ParameterSyntax parameter,
        CancellationToken cancellationToken)
    {
        var name = SyntaxFactory.ParseName(AttributeName)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        var attribute = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(name)))
            .WithTrailingTrivia(SyntaxFactory.Space);
        var marked = parameter
            .WithAttributeLists(parameter.AttributeLists.Add(attribute))
            .WithLeadingTrivia(parameter.GetLeadingTrivia());
        return await ImportAdder.AddImportsAsync(
                document.WithSyntaxRoot(root.ReplaceNode(parameter, marked)),
                Simplifier.AddImportsAnnotation,
                cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }
}
