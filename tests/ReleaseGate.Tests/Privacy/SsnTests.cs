using ReleaseGate.Privacy;

namespace ReleaseGate.Tests.Privacy;

public sealed class SsnTests
{
    [Theory]
    [InlineData("SSN 536-22-1234", "536-22-1234")]
    [InlineData("id 536 22 1234 on file", "536 22 1234")]
    [InlineData("Social Security number: 536221234.", "536221234")]
    [InlineData("ssn=899-01-0001", "899-01-0001")]
    public void Finds_formatted_ssns_and_bare_ones_next_to_a_context_word(string text, string ssn)
    {
        PiiAssert.FindsOnly(PiiKind.UsSsn, text, ssn);
    }

    [Theory]
    [InlineData("000-12-3456")]
    [InlineData("666-12-3456")]
    [InlineData("900-12-3456")]
    [InlineData("999-12-3456")]
    [InlineData("536-00-1234")]
    [InlineData("536-22-0000")]
    [InlineData("555-55-5555")]
    [InlineData("536-22 1234")]
    [InlineData("536 22-1234")]
    [InlineData("invoice 536221234")]
    [InlineData("536-22-12345")]
    public void Rejects_unissued_ranges_repeated_digits_mixed_separators_and_bare_numbers_without_context(string text)
    {
        PiiAssert.FindsNothing($"value {text} here");
    }
}
