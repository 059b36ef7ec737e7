using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReleaseGate.Analyzers.Secrets;

/// <summary>
/// RG1002: credentials in string literals of every kind and in <c>appsettings*.json</c> additional files.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedSecretAnalyzer : ReleaseGateAnalyzer
{
    /// <summary>The name the value is stored under, which the code fix keeps.</summary>
    public const string NameProperty = "Name";

    private const int MinLength = 4;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(RuleDescriptors.HardCodedSecret);

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterSyntaxNodeAction(
            AnalyzeLiteral,
            SyntaxKind.StringLiteralExpression,
            SyntaxKind.Utf8StringLiteralExpression,
            SyntaxKind.InterpolatedStringText);
        context.RegisterCompilationStartAction(start => start.RegisterAdditionalFileAction(AnalyzeSettingsFile));
    }

    private static void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
    {
        var value = context.Node switch
        {
            LiteralExpressionSyntax literal => literal.Token.ValueText,
            InterpolatedStringTextSyntax text => text.TextToken.ValueText,
            _ => string.Empty,
        };
        if (value.Length < MinLength)
        {
            return;
        }

        string? name = null;
        if (!SecretValueClassifier.TryFindFormat(value, out var finding))
        {
            if (!SecretValueClassifier.CouldBeNamedSecret(value))
            {
                return;
            }

            // Positional arguments need the semantic model to know their parameter; only plausible values get here.
            name = LiteralNames.GetName(context.Node);
            if (name is null && context.Node.Parent is ArgumentSyntax)
            {
                name = LiteralNames.GetParameterName(context.Node, context.SemanticModel, context.CancellationToken);
            }

            var kind = SecretNames.Classify(name);
            if (kind == SecretNameKind.None)
            {
                foreach (var indirect in LiteralNames.GetIndirectNames(context.Node))
                {
                    kind = SecretNames.Classify(indirect);
                    if (kind != SecretNameKind.None)
                    {
                        name = indirect;
                        break;
                    }
                }
            }

            if (!SecretValueClassifier.TryClassifyByName(value, kind, out finding))
            {
                return;
            }
        }
        else
        {
            name = LiteralNames.GetName(context.Node);
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(NameProperty, name);
        context.ReportDiagnostic(Diagnostic.Create(
            RuleDescriptors.HardCodedSecret,
            context.Node.GetLocation(),
            properties,
            finding.Description));
    }

    private static void AnalyzeSettingsFile(AdditionalFileAnalysisContext context)
    {
        var fileName = Path.GetFileName(context.AdditionalFile.Path);
        if (!fileName.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase)
            || !fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var text = context.AdditionalFile.GetText(context.CancellationToken);
        if (text is null)
        {
            return;
        }

        foreach (var entry in JsonStringScanner.Scan(text.ToString()))
        {
            if (entry.Value.Length >= MinLength
                && SecretValueClassifier.TryClassify(entry.Value, SecretNames.Classify(entry.Key), out var finding))
            {
                var lines = text.Lines.GetLinePositionSpan(entry.Span);
                var location = Location.Create(context.AdditionalFile.Path, entry.Span, lines);
                context.ReportDiagnostic(Diagnostic.Create(
                    RuleDescriptors.HardCodedSecret,
                    location,
                    finding.Description));
            }
        }
    }
}
