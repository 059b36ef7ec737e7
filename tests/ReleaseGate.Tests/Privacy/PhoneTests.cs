using ReleaseGate.Privacy;

namespace ReleaseGate.Tests.Privacy;

public sealed class PhoneTests
{
    [Theory]
    [InlineData("(415) 555-0132")]
    [InlineData("415-555-0132")]
    [InlineData("415.555.0132")]
    [InlineData("415 555 0132")]
    [InlineData("+1 415 555 0132")]
    [InlineData("+1 (415) 555-0132")]
    [InlineData("1-800-555-0199")]
    [InlineData("+14155550132")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("+49-30-1234567")]
    [InlineData("+33 1 23 45 67 89")]
    [InlineData("+44 (0)20 7946 0958")]
    [InlineData("+44 (0) 20 7946 0958")]
    [InlineData("+44(0)20-7946-0958")]
    [InlineData("+49 (0)30 1234567")]
    public void Finds_north_american_and_international_numbers(string phone)
    {
        PiiAssert.FindsOnly(PiiKind.Phone, $"Call {phone} today", phone);
    }

    [Fact]
    public void Finds_a_phone_next_to_a_date_and_a_price()
    {
        PiiAssert.FindsOnly(PiiKind.Phone, "On 2024-03-15 call 415-555-0132 2024-03-16 for $19.99", "415-555-0132");
    }

    [Theory]
    [InlineData("2024-03-15")]
    [InlineData("03/15/2024 10:30")]
    [InlineData("$415.555.0132")]
    [InlineData("v1.2.3")]
    [InlineData("4155550132")]
    [InlineData("order 415-555-0132-77")]
    [InlineData("tracking 1Z999AA10123456784")]
    [InlineData("9400 1000 0000 0000 0000 00")]
    [InlineData("(115) 555-0132")]
    [InlineData("415-155-0132")]
    [InlineData("+1234567")]
    [InlineData("12345-6789")]
    [InlineData("+44 (0)20")]
    [InlineData("+44 (0)20 7946 0958 1234 5678")]
    [InlineData("+4412 (0)20 7946 0958")]
    [InlineData("(0)20 7946 0958")]
    public void Rejects_dates_times_prices_versions_and_long_order_or_tracking_numbers(string text)
    {
        PiiAssert.FindsNothing($"ref {text} end");
    }
}
