using ReleaseGate.Privacy;

namespace ReleaseGate.Tests.Privacy;

public sealed class EmailTests
{
    [Theory]
    [InlineData("jane.doe@example.com")]
    [InlineData("jane+invoices@example.co.uk")]
    [InlineData("j_o-e%x@sub-domain.example.org")]
    [InlineData("USER@EXAMPLE.COM")]
    public void Finds_addresses_including_plus_addressing(string email)
    {
        PiiAssert.FindsOnly(PiiKind.Email, $"Write to <{email}>.", email);
    }

    [Fact]
    public void Leaves_sentence_punctuation_outside_the_address()
    {
        PiiAssert.FindsOnly(PiiKind.Email, "Mail jane@example.com.", "jane@example.com");
    }

    [Theory]
    [InlineData("user@localhost")]
    [InlineData("@mention in a comment")]
    [InlineData("a@b")]
    [InlineData("name@example.c0m")]
    [InlineData(".jane@example.com")]
    [InlineData("jane..doe@example.com")]
    [InlineData("jane@-example.com")]
    public void Rejects_addresses_without_a_real_domain_or_with_malformed_parts(string text)
    {
        PiiAssert.FindsNothing(text);
    }
}
