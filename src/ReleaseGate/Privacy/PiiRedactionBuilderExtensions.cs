using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;

namespace ReleaseGate.Privacy;

/// <summary>Registers <see cref="PiiTextRedactor"/> with <c>AddRedaction</c>.</summary>
public static class PiiRedactionBuilderExtensions
{
    /// <summary>
    /// Uses <see cref="PiiTextRedactor"/> for the given data classifications, for example
    /// <c>services.AddRedaction(b =&gt; b.SetPiiTextRedactor(new DataClassificationSet(MyTaxonomy.FreeText)))</c>.
    /// </summary>
    /// <param name="builder">The builder passed to <c>AddRedaction</c>.</param>
    /// <param name="classifications">The classifications whose values are free text to scrub.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IRedactionBuilder SetPiiTextRedactor(
        this IRedactionBuilder builder, params DataClassificationSet[] classifications)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<PiiTextRedactor>(_ => new PiiTextRedactor());
        return builder.SetRedactor<PiiTextRedactor>(classifications);
    }
}
