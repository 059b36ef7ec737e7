using System.Text;
using ReleaseGate.Privacy;

namespace ReleaseGate.Tests.Privacy;

public sealed class PiiRedactorTests
{
    private const string Mixed =
        "Contact jane+ops@example.com or (415) 555-0132. Card 4111 1111 1111 1111, SSN 536-22-1234, " +
        "IBAN DE89 3704 0044 0532 0130 00 from 10.1.2.3 and fe80::1.";

    private static readonly byte[] Key = Encoding.UTF8.GetBytes("0123456789abcdef-test-key");

    [Fact]
    public void Replaces_every_kind_with_its_tag_by_default()
    {
        var result = PiiRedactor.Default.RedactWithFindings(Mixed);

        Assert.Equal(
            "Contact [EMAIL] or [PHONE]. Card [PAYMENT_CARD], SSN [US_SSN], IBAN [IBAN] from [IP_ADDRESS] and [IP_ADDRESS].",
            result.Text);
        Assert.Equal(
            [PiiKind.Email, PiiKind.Phone, PiiKind.PaymentCard, PiiKind.UsSsn, PiiKind.Iban, PiiKind.IpAddress,
                PiiKind.IpAddress],
            result.Findings.Select(f => f.Kind));
    }

    [Fact]
    public void Reports_spans_in_the_original_text()
    {
        var finding = PiiRedactor.Default.RedactWithFindings(Mixed).Findings[0];

        Assert.Equal("jane+ops@example.com", Mixed.Substring(finding.Start, finding.Length));
        Assert.Equal("email", finding.RuleId);
    }

    [Fact]
    public void Returns_the_same_instance_when_nothing_is_found()
    {
        const string clean = "Release 1.2.3 shipped on 2024-03-15 at 10:30 for $19.99.";

        Assert.Same(clean, PiiRedactor.Default.Redact(clean));
    }

    [Theory]
    [InlineData(ReplacementStyle.Tag)]
    [InlineData(ReplacementStyle.Mask)]
    [InlineData(ReplacementStyle.Pseudonym)]
    public void Redacting_twice_changes_nothing(ReplacementStyle style)
    {
        var redactor = new PiiRedactor(new PiiRedactorOptions { Style = style, PseudonymKey = Key });
        var text = Mixed + " Server=db;Password=Tr0ub4dor&3; https://ci:hunter2-Xy@git.example.org";

        var once = redactor.Redact(text);

        Assert.Equal(once, redactor.Redact(once));
        Assert.Empty(redactor.Find(once));
    }

    [Fact]
    public void Masks_with_a_fixed_text()
    {
        var redactor = new PiiRedactor(new PiiRedactorOptions { Style = ReplacementStyle.Mask });

        Assert.Equal("mail ***** now", redactor.Redact("mail jane@example.com now"));
    }

    [Fact]
    public void Pseudonyms_are_stable_per_value_and_key_and_differ_between_values()
    {
        var redactor = new PiiRedactor(new PiiRedactorOptions { Style = ReplacementStyle.Pseudonym, PseudonymKey = Key });
        var otherKey = new PiiRedactor(new PiiRedactorOptions
        {
            Style = ReplacementStyle.Pseudonym,
            PseudonymKey = Encoding.UTF8.GetBytes("another-key-of-16+bytes"),
        });

        var first = redactor.Redact("a: jane@example.com");
        var second = redactor.Redact("b: jane@example.com");
        var other = redactor.Redact("a: john@example.com");

        Assert.Matches(@"^a: \[EMAIL:[0-9A-F]{12}\]$", first);
        Assert.Equal(first[2..], second[2..]);
        Assert.NotEqual(first, other);
        Assert.NotEqual(first, otherKey.Redact("a: jane@example.com"));
    }

    [Fact]
    public void Rejects_a_pseudonym_style_without_a_usable_key()
    {
        var error = Assert.Throws<ArgumentException>(
            () => new PiiRedactor(new PiiRedactorOptions { Style = ReplacementStyle.Pseudonym }));

        Assert.Contains("PseudonymKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redacts_the_password_of_a_url_and_keeps_its_host()
    {
        var text = "clone https://bot:s3cretPw@example.com/repo or mailto:jane@example.com";

        var result = PiiRedactor.Default.RedactWithFindings(text);

        Assert.Equal("clone https://bot:[CREDENTIAL]@example.com/repo or mailto:[EMAIL]", result.Text);
        Assert.Equal("url-password", result.Findings[0].RuleId);
    }

    [Fact]
    public void Never_splits_combining_marks_or_surrogate_pairs()
    {
        var text = "Pwd=caf\u00e9\u0301;x jane@example.com\u0301 Password=ab\U0001F511;";

        var result = PiiRedactor.Default.Redact(text);

        Assert.Equal("Pwd=[CREDENTIAL];x [EMAIL] Password=[CREDENTIAL];", result);
        Assert.True(result.EnumerateRunes().All(r => r.Value != 0xFFFD));
    }

    [Fact]
    public void Keeps_a_surrogate_pair_whole_when_a_bounded_value_ends_inside_it()
    {
        var value = string.Concat(Enumerable.Repeat("x7Q", 43))[..127] + "\U0001F511";
        var redacted = PiiRedactor.Default.Redact($"Password={value};");

        Assert.Equal("Password=[CREDENTIAL];", redacted);
    }

    [Fact]
    public void Finds_only_the_requested_kinds()
    {
        var redactor = new PiiRedactor(new PiiRedactorOptions { Kinds = [PiiKind.Email] });

        Assert.Equal(
            "Contact [EMAIL] or (415) 555-0132.",
            redactor.Redact("Contact jane+ops@example.com or (415) 555-0132."));
    }

    [Theory]
    [InlineData("key <your-api-key> and AKIAIOSFODNN7EXAMPLE and ${API_KEY}")]
    [InlineData("Password=REPLACE_ME;Pwd={{db_password}};Password=%DB_PASS%")]
    public void Leaves_placeholders_beside_real_credentials(string placeholders)
    {
        var real = "ghp_" + "q7Rk2Vx9LmPz4Tn8Bw3Hc6Jd1Fg5Ys0Ea2Ku";
        var text = placeholders + " token " + real;

        var finding = Assert.Single(PiiRedactor.Default.Find(text));

        Assert.Equal(real, text.Substring(finding.Start, finding.Length));
        Assert.Equal("github-pat", finding.RuleId);
    }
}
