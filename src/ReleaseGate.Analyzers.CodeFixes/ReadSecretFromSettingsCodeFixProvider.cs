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
using ReleaseGate.Analyzers.Secrets;

namespace ReleaseGate.Analyzers.CodeFixes;

/// <summary>
/// RG1002 fixes: replace the literal with a read from an environment variable, or from an <c>IConfiguration</c>
/// in scope, named after the symbol that held it. A missing value fails loudly instead of becoming empty.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadSecretFromSettingsCodeFixProvider))]
[Shared]
public sealed class ReadSecretFromSettingsCodeFixProvider : CodeFixProvider
{
    private const string ConfigurationTypeName = "Microsoft.Extensions.Configuration.IConfiguration";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.HardCodedSecret);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        if (!diagnostic.Properties.TryGetValue(HardCodedSecretAnalyzer.NameProperty, out var name) || name is null)
        {
            return;
        }

        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax
            literal || !CanBeComputed(literal))
        {
            return;
        }

        var variable = SecretNameConventions.ToEnvironmentVariable(name);
        context.RegisterCodeFix(
            CodeAction.Create(
                $"Read from environment variable '{variable}'",
                token => ReplaceAsync(context.Document, root, literal, EnvironmentRead(variable), token),
                CodeFixEquivalenceKeys.ReadFromEnvironment),
            diagnostic);

        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var configuration = model is null ? null : FindConfiguration(model, literal, context.CancellationToken);
        if (configuration is not null)
        {
            var key = SecretNameConventions.ToConfigurationKey(name);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Read from configuration key '{key}'",
                    token => ReplaceAsync(
                        context.Document, root, literal, ConfigurationRead(configuration.Name, key), token),
                    CodeFixEquivalenceKeys.ReadFromConfiguration),
                diagnostic);
        }
    }

    // Attribute arguments, parameter defaults and switch labels must stay constants.
    private static bool CanBeComputed(LiteralExpressionSyntax literal) =>
        literal.IsKind(SyntaxKind.StringLiteralExpression)
        && !literal.Ancestors().Any(node => node is AttributeArgumentSyntax or ParameterSyntax
            or CaseSwitchLabelSyntax or ConstantPatternSyntax);

    private static ISymbol? FindConfiguration(SemanticModel model, SyntaxNode at, CancellationToken cancellationToken)
    {
        var configurationType = model.Compilation.GetTypeByMetadataName(ConfigurationTypeName);
        if (configurationType is null)
        {
            return null;
        }

        var inStatic = model.GetEnclosingSymbol(at.SpanStart, cancellationToken)?.IsStatic ?? false;
        return model.LookupSymbols(at.SpanStart).FirstOrDefault(symbol =>
            (!inStatic || symbol.IsStatic || symbol is ILocalSymbol or IParameterSymbol)
            && SymbolEqualityComparer.Default.Equals(TypeOf(symbol), configurationType));
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static ExpressionSyntax EnvironmentRead(string variable) => OrThrow(
        $"global::System.Environment.GetEnvironmentVariable(\"{variable}\")",
        $"Set the {variable} environment variable.");

    private static ExpressionSyntax ConfigurationRead(string configuration, string key) => OrThrow(
        $"{configuration}[\"{key}\"]",
        $"Set '{key}' in configuration.");

    // Written fully qualified so it binds anywhere; the import is added and the names shortened afterwards.
    private static ExpressionSyntax OrThrow(string read, string message) =>
        SyntaxFactory.ParseExpression(
                $"{read} ?? throw new global::System.InvalidOperationException(\"{message}\")")
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    private static async Task<Document> ReplaceAsync(
        Document document,
        SyntaxNode root,
        LiteralExpressionSyntax literal,
        ExpressionSyntax read,
        CancellationToken cancellationToken)
    {
        var local = literal.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>();
        var field = literal.FirstAncestorOrSelf<FieldDeclarationSyntax>();
        var container = (SyntaxNode?)local ?? (SyntaxNode?)field ?? literal;
        var newRoot = root.TrackNodes(literal, container);
        newRoot = newRoot.ReplaceNode(newRoot.GetCurrentNode(literal)!, read.WithTriviaFrom(literal));

        // A constant cannot be computed: a const local becomes a plain local, a const field static readonly.
        switch (newRoot.GetCurrentNode(container))
        {
            case LocalDeclarationStatementSyntax { IsConst: true } constLocal:
                var kept = constLocal.Modifiers.Where(modifier => !modifier.IsKind(SyntaxKind.ConstKeyword));
                newRoot = newRoot.ReplaceNode(
                    constLocal,
                    constLocal.WithModifiers(SyntaxFactory.TokenList(kept)).WithLeadingTrivia(constLocal.GetLeadingTrivia()));
                break;
            case FieldDeclarationSyntax constField when constField.Modifiers.Any(SyntaxKind.ConstKeyword):
                newRoot = newRoot.ReplaceNode(
                    constField,
                    constField.WithModifiers(SyntaxFactory.TokenList(constField.Modifiers.SelectMany(StaticReadOnly))));
                break;
        }

        return await ImportAdder.AddImportsAsync(
                document.WithSyntaxRoot(newRoot),
                Simplifier.AddImportsAnnotation,
                cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }

    private static SyntaxToken[] StaticReadOnly(SyntaxToken modifier)
    {
        if (!modifier.IsKind(SyntaxKind.ConstKeyword))
        {
            return [modifier];
        }

        var space = SyntaxFactory.TriviaList(SyntaxFactory.Space);
        return
        [
            SyntaxFactory.Token(modifier.LeadingTrivia, SyntaxKind.StaticKeyword, space),
            SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.ReadOnlyKeyword, modifier.TrailingTrivia),
        ];
    }
}
