using ReleaseGate.Privacy;

namespace ReleaseGate.Tests.Privacy;

public sealed class IbanTests
{
    [Theory]
    [InlineData("DE89370400440532013000")]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    [InlineData("GB82 WEST 1234 5698 7654 32")]
    [InlineData("FR1420041010050500013M02606")]
    [InlineData("NO9386011117947")]
    public void Finds_ibans_with_and_without_spaces(string iban)
    {
        PiiAssert.FindsOnly(PiiKind.Iban, $"Pay to {iban}.", iban);
    }

    [Theory]
    [InlineData("DE89370400440532013001")]
    [InlineData("DE8937040044053201300")]
    [InlineData("DE893704004405320130000")]
    [InlineData("XX89370400440532013000")]
    [InlineData("DE89 37040 044 0532 0130 00")]
    public void Rejects_wrong_checksums_lengths_countries_and_groupings(string text)
    {
        PiiAssert.FindsNothing($"Pay to {text}.");
    }
}
