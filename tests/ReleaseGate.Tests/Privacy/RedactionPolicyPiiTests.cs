using System.Text;
using ReleaseGate.Indexing;
using ReleaseGate.Privacy;

namespace ReleaseGate.Tests.Privacy;

public sealed class RedactionPolicyPiiTests
{
    [Fact]
    public void The_default_policy_redacts_with_the_pii_engine()
    {
        Assert.Equal("mail [EMAIL], card [PAYMENT_CARD]",
            RedactionPolicy.Default.Apply("mail jane@example.com, card 4111 1111 1111 1111"));
    }

    [Fact]
    public void Policy_names_change_with_what_the_options_write()
    {
        var tag = RedactionPolicy.Pii(new PiiRedactorOptions());
        var mask = RedactionPolicy.Pii(new PiiRedactorOptions { Style = ReplacementStyle.Mask });
        var emailOnly = RedactionPolicy.Pii(new PiiRedactorOptions { Kinds = [PiiKind.Email] });
        var key1 = RedactionPolicy.Pii(Pseudonyms("first-key-0123456789"));
        var key2 = RedactionPolicy.Pii(Pseudonyms("second-key-0123456789"));

        Assert.Equal(RedactionPolicy.Default.Name, tag.Name);
        Assert.Equal(5, new[] { tag.Name, mask.Name, emailOnly.Name, key1.Name, key2.Name }.Distinct().Count());
        Assert.DoesNotContain("first-key", key1.Name, StringComparison.Ordinal);
    }

    private static PiiRedactorOptions Pseudonyms(string key) =>
        new() { Style = ReplacementStyle.Pseudonym, PseudonymKey = Encoding.UTF8.GetBytes(key) };
}
