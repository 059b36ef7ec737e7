using System.Globalization;
using Bogus;

namespace ReleaseGate.Privacy.Corpus;

/// <summary>
/// Values that look like personal data but are not: order and tracking numbers, dates, times, versions, ISBNs,
/// UUIDs, hashes, prices, numbers that fail their checksum, unissued SSNs, malformed addresses and placeholders.
/// </summary>
public sealed class HardNegativeFactory(Faker faker)
{
    private readonly Randomizer _random = faker.Random;
    private readonly PiiValueFactory _valid = new(faker);

    public string Next()
    {
        Func<string>[] generators =
        [
            () => "Order #" + D(_random.Number(8, 12)),
            () => $"ORD-{_random.Number(2015, 2026)}-{D(6)}",
            () => "tracking 1Z" + S(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + D(10),
            () => PiiValueFactory.Group("94" + D(20), [4, 4, 4, 4, 4, 2], ' '),
            () => PiiValueFactory.Group(D(12), [4, 4, 4], ' '),
            () => Date(),
            () => $"{_random.Number(0, 23):00}:{_random.Number(0, 59):00}:{_random.Number(0, 59):00}",
            () => $"{_random.Number(1, 12)}:{_random.Number(0, 59):00} {_random.ArrayElement(["AM", "PM"])}",
            () => faker.System.Semver(),
            () => $"v{_random.Number(0, 20)}.{_random.Number(0, 40)}.{_random.Number(0, 300)}",
            () => $"{_random.Number(1, 20)}.0.{_random.Number(10000, 30000)}.{_random.Number(256, 2000)}",
            () => $"version {_random.Number(1, 9)}.{_random.Number(0, 9)}.{_random.Number(0, 9)}.{_random.Number(0, 9)}",
            Isbn13,
            () => $"ISBN 0-{D(3)}-{D(5)}-{D(1)}",
            () => _random.Guid().ToString(),
            () => S(40, "0123456789abcdef"),
            () => "$" + _random.Number(1, 99999).ToString("N2", CultureInfo.InvariantCulture),
            () => $"EUR {_random.Number(1, 9999)}.{_random.Number(0, 99):00}",
            BadLuhnCard,
            BadIban,
            UnissuedSsn,
            () => "invoice " + D(9),
            () => $"{_random.Number(256, 999)}.{_random.Number(0, 255)}.{_random.Number(0, 255)}.{_random.Number(0, 255)}",
            () => $"{_random.Number(1, 255)}.{_random.Number(0, 255)}.{_random.Number(0, 255)}",
            () => $"{faker.Internet.UserName().ToLowerInvariant()}@localhost",
            () => "@" + faker.Internet.UserName(),
            () => string.Join(':', Enumerable.Range(0, 6).Select(_ => S(2, "0123456789ABCDEF"))),
            () => $"({_random.Number(100, 199)}) {_random.Number(200, 999)}-{D(4)}",
            () => $"{_random.Number(200, 999)}-{_random.Number(200, 999)}-{D(4)}-{D(2)}",
            () => D(5) + "-" + D(4),
            () => _random.ArrayElement(
            [
                "<your-api-key>", "AKIAIOSFODNN7EXAMPLE", "sk_live_REPLACE_ME", "Password=${DB_PASSWORD};",
                "Pwd={{db_password}};", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Password=%DB_PASS%;",
                "postgres://app:<password>@db.internal/app", "api_key: REPLACE_ME", "Password=********;",
            ]),
        ];
        return _random.ArrayElement(generators)();
    }

    private string D(int length) => _random.String2(length, "0123456789");

    private string S(int length, string alphabet) => _random.String2(length, alphabet);

    private string Date()
    {
        var date = faker.Date.Between(new DateTime(1990, 1, 1), new DateTime(2030, 12, 31));
        var format = _random.ArrayElement(
            ["yyyy-MM-dd", "MM/dd/yyyy", "dd.MM.yyyy", "MMMM d, yyyy", "yyyy-MM-ddTHH:mm:ssZ", "yyyyMMdd"]);
        return date.ToString(format, CultureInfo.InvariantCulture);
    }

    private string Isbn13()
    {
        var body = "978" + D(9);
        var sum = body.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        var check = (10 - (sum % 10)) % 10;
        return $"ISBN {body[..3]}-{body[3]}-{body.Substring(4, 3)}-{body.Substring(7, 5)}-{check}";
    }

    private string BadLuhnCard()
    {
        var card = _valid.PaymentCard().Text;
        var last = card[^1];
        return card[..^1] + (char)('0' + ((last - '0' + _random.Number(1, 9)) % 10));
    }

    private string BadIban()
    {
        var iban = _valid.Iban().Text;
        var check = int.Parse(iban.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var wrong = ((check - 2 + _random.Number(1, 96)) % 97) + 2;
        return iban[..2] + wrong.ToString("00", CultureInfo.InvariantCulture) + iban[4..];
    }

    private string UnissuedSsn()
    {
        var area = _random.ArrayElement(["000", "666", _random.Number(900, 999).ToString(CultureInfo.InvariantCulture)]);
        return _random.Bool()
            ? $"{area}-{_random.Number(1, 99):00}-{_random.Number(1, 9999):0000}"
            : $"{_random.Number(1, 899):000}-00-{_random.Number(1, 9999):0000}";
    }
}
