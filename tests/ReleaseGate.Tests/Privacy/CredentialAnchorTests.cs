using ReleaseGate.Privacy;
using ReleaseGate.Privacy.Corpus;
using ReleaseGate.Privacy.Credentials;

namespace ReleaseGate.Tests.Privacy;

/// <summary>
/// The redactor only tries the credential catalog near anchor characters; these tests hold it to the catalog's own
/// scan of every position.
/// </summary>
public sealed class CredentialAnchorTests
{
    private static readonly PiiRedactor CredentialsOnly = new(new PiiRedactorOptions { Kinds = [PiiKind.Credential] });

    [Fact]
    public void Finds_the_same_credentials_as_a_scan_of_every_position_on_the_corpus()
    {
        var corpus = new PiiCorpusGenerator(seed: 5).Generate(120);
        var text = string.Join("\n", corpus.Select(l => l.Text));

        AssertSameAsFullScan(text);
        Assert.Contains(CredentialsOnly.Find(text), f => f.RuleId == "github-pat");
    }

    [Fact]
    public void Finds_the_same_credentials_as_a_scan_of_every_position_on_fragments_glued_together()
    {
        string[] fragments =
        [
            "ghp_", "sk-", "sk-proj-", "AKIA", "SK", "SG.", "eyJ", "oy2", "-----BEGIN ", "://", "u:p@", "Password=",
            "PWD=", "aws_secret_access_key", "=", "_", "-", "Q7rK2vX9", "3f9a1c7e5b2d", "AB", " ", ".", ":", "@",
            "dapi", "oy2", "da", "pi", "pypi-AgEIcHlwaS5vcmc", "AGE-SECRET-KEY-1", "dop_v1_",
            "0f1e2d3c4b5a69788796a5b4",
        ];
        var random = new Random(3);
        for (var round = 0; round < 300; round++)
        {
            var text = string.Concat(Enumerable.Range(0, 40).Select(_ => fragments[random.Next(fragments.Length)]));
            AssertSameAsFullScan(text);
        }
    }

    private static void AssertSameAsFullScan(string text)
    {
        var expected = CredentialMatcher.Scan(text).Select(m => (m.Start, m.Length, m.Rule.Id));
        var actual = CredentialsOnly.Find(text).Select(f => (f.Start, f.Length, f.RuleId));

        Assert.Equal(expected, actual);
    }
}
