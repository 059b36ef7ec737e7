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

    [Fact]
    public void Scans_a_string_once()
    {
        var engine = new CountingRedactor();

        Assert.Equal("mail [EMAIL]", new PiiTextRedactor(engine).Redact("mail jane@example.com"));
        Assert.Equal(1, engine.Calls);
    }

    [Fact]
    public void Scans_a_span_once_for_its_length_and_its_redaction()
    {
        var engine = new CountingRedactor();

        Assert.Equal("call [PHONE]", new PiiTextRedactor(engine).Redact("call 415-555-0132".AsSpan()));
        Assert.Equal(1, engine.Calls);
    }

    [Fact]
    public void Redacts_the_text_it_is_given_when_the_length_was_asked_for_another()
    {
        var engine = new CountingRedactor();
        var redactor = new PiiTextRedactor(engine);
        var destination = new char[64];

        redactor.GetRedactedLength("call 415-555-0132");
        var written = redactor.Redact("mail jane@example.com".AsSpan(), destination);

        Assert.Equal("mail [EMAIL]", new string(destination, 0, written));
        Assert.Equal(2, engine.Calls);
    }

    private sealed class CountingRedactor : ITextRedactor
    {
        public int Calls { get; private set; }

        public string Redact(string text)
        {
            Calls++;
            return PiiRedactor.Default.Redact(text);
        }
    }
}
