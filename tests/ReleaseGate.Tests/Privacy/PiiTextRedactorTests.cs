using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using ReleaseGate.Privacy;

namespace ReleaseGate.Tests.Privacy;

public sealed class PiiTextRedactorTests
{
    private static readonly DataClassification FreeText = new("Test", "FreeText");

    [Fact]
    public void Redacts_only_the_personal_data_inside_free_text()
    {
        var redactor = new PiiTextRedactor();

        Assert.Equal("user [EMAIL] paid with [PAYMENT_CARD]",
            redactor.Redact("user jane@example.com paid with 4111 1111 1111 1111"));
    }

    [Fact]
    public void Is_the_redactor_that_add_redaction_returns_for_its_classification()
    {
        using var provider = new ServiceCollection()
            .AddRedaction(builder => builder.SetPiiTextRedactor(new DataClassificationSet(FreeText)))
            .BuildServiceProvider();

        var redactor = provider.GetRequiredService<IRedactorProvider>().GetRedactor(FreeText);

        Assert.IsType<PiiTextRedactor>(redactor);
        Assert.Equal("call [PHONE]", redactor.Redact("call 415-555-0132"));
    }

    [Fact]
    public void Refuses_a_destination_that_is_too_small()
    {
        var redactor = new PiiTextRedactor();
        var destination = new char[3];

        Assert.Throws<ArgumentException>(() => redactor.Redact("jane@example.com".AsSpan(), destination));
    }
}
