using ReleaseGate.Privacy;
using ReleaseGate.Privacy.Scanning;

namespace ReleaseGate.Tests.Privacy;

public sealed class FindingMergerTests
{
    private static readonly string Text = new('x', 40);

    [Fact]
    public void Merges_partly_overlapping_findings_into_their_union_with_the_stronger_kind()
    {
        var merged = FindingMerger.Merge(Text,
        [
            new PiiFinding(PiiKind.Email, 0, 10, "email"),
            new PiiFinding(PiiKind.Credential, 5, 10, "url-password"),
        ]);

        Assert.Equal([new PiiFinding(PiiKind.Credential, 0, 15, "url-password")], merged);
    }

    [Fact]
    public void Absorbs_a_contained_finding_and_keeps_adjacent_ones_apart()
    {
        var merged = FindingMerger.Merge(Text,
        [
            new PiiFinding(PiiKind.Phone, 22, 3, "phone-nanp"),
            new PiiFinding(PiiKind.PaymentCard, 20, 10, "payment-card"),
            new PiiFinding(PiiKind.IpAddress, 30, 5, "ipv4"),
        ]);

        Assert.Equal(
            [new PiiFinding(PiiKind.PaymentCard, 20, 10, "payment-card"), new PiiFinding(PiiKind.IpAddress, 30, 5, "ipv4")],
            merged);
    }

    [Fact]
    public void Widens_a_span_that_would_split_a_surrogate_pair()
    {
        const string text = "ab\U0001F511cd";

        var merged = FindingMerger.Merge(text, [new PiiFinding(PiiKind.Credential, 3, 2, "r")]);

        Assert.Equal(new PiiFinding(PiiKind.Credential, 2, 3, "r"), Assert.Single(merged));
    }
}
