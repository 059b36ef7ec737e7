using System.Text;
using Bogus;

namespace ReleaseGate.Privacy.Corpus;

/// <summary>Generates credentials in every format of the catalog, with random bodies of the right shape.</summary>
public sealed class CredentialFactory(Faker faker)
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Digits = "0123456789";
    private const string Alnum = Upper + Lower + Digits;
    private const string UrlSafe = Alnum + "-_";
    private const string Base64 = Alnum + "+/";

    private readonly Randomizer _random = faker.Random;

    public LabelledValue Next()
    {
        Func<LabelledValue>[] generators =
        [
            () => Whole(_random.ArrayElement(["AKIA", "ASIA"]) + S(16, Upper + "234567")),
            () => Whole(_random.ArrayElement(["ghp_", "gho_", "ghs_"]) + S(36, Alnum)),
            () => Whole("github_pat_" + S(22, Alnum) + "_" + S(59, Alnum)),
            () => Whole("glpat-" + S(20, UrlSafe)),
            () => Whole("npm_" + S(36, Alnum)),
            () => Whole("oy2" + S(43, Lower + Digits)),
            () => Whole("xoxb-" + S(11, Digits) + "-" + S(13, Digits) + "-" + S(24, Alnum)),
            () => Whole(_random.ArrayElement(["sk_live_", "rk_live_", "sk_test_"]) + S(24, Alnum)),
            () => Whole("SK" + S(32, Digits + "abcdef")),
            () => Whole("SG." + S(22, UrlSafe) + "." + S(43, UrlSafe)),
            () => Whole("AIza" + S(35, UrlSafe)),
            () => Whole("sk-proj-" + S(120, UrlSafe)),
            () => Whole("sk-ant-api03-" + S(93, UrlSafe) + "AA"),
            () => Whole("hf_" + S(34, Upper + Lower)),
            () => Whole(Jwt()),
            () => Whole(Pem()),
            () => LabelledValue.Around(
                "DefaultEndpointsProtocol=https;AccountName=" + S(10, Lower) + ";AccountKey=",
                S(86, Base64) + "==",
                ";EndpointSuffix=core.windows.net"),
            () => LabelledValue.Around(
                $"Server={faker.Internet.DomainWord()};Database=app;User Id={faker.Internet.UserName()};Password=",
                Password(),
                ";"),
            () => LabelledValue.Around(
                $"{_random.ArrayElement(["postgres", "https", "redis", "amqp"])}://{Slug()}:",
                Password(),
                $"@{faker.Internet.DomainName()}/app"),
        ];
        return _random.ArrayElement(generators)();
    }

    private static LabelledValue Whole(string value) => LabelledValue.Whole(value);

    private string S(int length, string alphabet) => _random.String2(length, alphabet);

    private string Password() => S(_random.Number(10, 20), Alnum + "!$%&*-_") + _random.Number(0, 9);

    private string Slug() => new(faker.Internet.UserName().Where(char.IsAsciiLetterOrDigit).ToArray());

    private string Jwt()
    {
        var payload = $$"""{"sub":"{{_random.Number(1000, 99999)}}","name":"{{Slug()}}","iat":{{_random.Number(1600000000, 1800000000)}}}""";
        return Base64Url("""{"alg":"HS256","typ":"JWT"}""") + "." + Base64Url(payload) + "." + S(43, UrlSafe);
    }

    private string Pem()
    {
        var lines = Enumerable.Range(0, _random.Number(4, 8)).Select(_ => S(64, Base64));
        var label = _random.ArrayElement(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]);
        return $"-----BEGIN {label}-----\n{string.Join('\n', lines)}\n-----END {label}-----";
    }

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
