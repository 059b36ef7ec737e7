using ReleaseGate.Privacy;

namespace ReleaseGate.Tests.Privacy;

public sealed class PaymentCardTests
{
    [Theory]
    [InlineData("4111111111111111")]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("4111-1111-1111-1111")]
    [InlineData("5555 5555 5555 4444")]
    [InlineData("2223 0031 2200 3222")]
    [InlineData("2720 9900 0000 0007")]
    [InlineData("3782 822463 10005")]
    [InlineData("6011 1111 1111 1117")]
    [InlineData("3530111333300000")]
    [InlineData("4000 0000 0000 0000 006")]
    public void Finds_valid_cards_of_every_network_and_grouping(string card)
    {
        PiiAssert.FindsOnly(PiiKind.PaymentCard, $"paid with {card}, thanks", card);
    }

    [Theory]
    [InlineData("4111 1111 1111 1112")]
    [InlineData("5555555555554445")]
    [InlineData("9111 1111 1111 1111")]
    [InlineData("2721 0000 0000 0004")]
    [InlineData("4111-1111 1111-1111")]
    [InlineData("41111111111111111111")]
    [InlineData("order 4111111111111111-2")]
    [InlineData("ref A4111111111111111")]
    public void Rejects_luhn_failures_unknown_issuers_mixed_separators_and_longer_numbers(string text)
    {
        PiiAssert.FindsNothing(text);
    }
}
