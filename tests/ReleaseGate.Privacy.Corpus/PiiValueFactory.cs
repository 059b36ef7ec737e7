using System.Globalization;
using System.Net;
using Bogus;

namespace ReleaseGate.Privacy.Corpus;

/// <summary>Generates valid values of every non-credential kind, in the formats people write them.</summary>
public sealed class PiiValueFactory(Faker faker)
{
    private static readonly (string Prefix, int Length)[] CardNetworks =
    [
        ("4", 16), ("4", 13), ("4", 19), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16), ("2500", 16),
        ("34", 15), ("37", 15), ("6011", 16), ("65", 16), ("644", 19), ("3528", 16), ("3589", 16), ("36", 14),
        ("62", 16), ("62", 19),
    ];

    private static readonly (string Country, string Shape)[] IbanShapes =
    [
        ("DE", "dddddddddddddddddd"), ("GB", "LLLLdddddddddddddd"), ("FR", "ddddddddddAAAAAAAAAAAdd"),
        ("NL", "LLLLdddddddddd"), ("ES", "dddddddddddddddddddd"), ("IT", "LddddddddddAAAAAAAAAAAA"),
        ("CH", "dddddAAAAAAAAAAAA"), ("BE", "dddddddddddd"), ("NO", "ddddddddddd"), ("PL", "dddddddddddddddddddddddd"),
    ];

    private static readonly (string Code, int[] Groups)[] InternationalPlans =
    [
        ("44", [2, 4, 4]), ("49", [2, 7]), ("33", [1, 2, 2, 2, 2]), ("61", [1, 4, 4]), ("91", [5, 5]),
        ("81", [2, 4, 4]), ("34", [3, 3, 3]), ("55", [2, 5, 4]), ("27", [2, 3, 4]), ("353", [1, 3, 4]),
    ];

    private readonly Randomizer _random = faker.Random;

    public LabelledValue Email()
    {
        var user = Slug(faker.Name.FirstName()) + _random.ArrayElement([".", "_", "", "-"]) + Slug(faker.Name.LastName());
        var domain = faker.Internet.DomainName().ToLowerInvariant();
        var email = _random.Number(4) switch
        {
            0 => $"{user}+{Slug(faker.Lorem.Word())}@{domain}",
            1 => $"{user}{_random.Number(1, 99)}@mail.{domain}",
            2 => $"{user}@{domain}".ToUpperInvariant(),
            _ => $"{user}@{domain}",
        };
        return LabelledValue.Whole(email);
    }

    public LabelledValue Ssn()
    {
        int area;
        do
        {
            area = _random.Number(1, 899);
        }
        while (area == 666);

        var group = _random.Number(1, 99).ToString("00", CultureInfo.InvariantCulture);
        var serial = _random.Number(1, 9999).ToString("0000", CultureInfo.InvariantCulture);
        var a = area.ToString("000", CultureInfo.InvariantCulture);
        return _random.Number(4) switch
        {
            0 => LabelledValue.Around("SSN ", $"{a}{group}{serial}", string.Empty),
            1 => LabelledValue.Whole($"{a} {group} {serial}"),
            _ => LabelledValue.Whole($"{a}-{group}-{serial}"),
        };
    }

    public LabelledValue PaymentCard()
    {
        var (prefix, length) = _random.ArrayElement(CardNetworks);
        var body = prefix + _random.String2(length - prefix.Length - 1, "0123456789");
        var number = body + Checksums.LuhnCheckDigit(body);
        return LabelledValue.Whole(_random.Number(2) switch
        {
            0 => number,
            1 => Group(number, length == 15 ? [4, 6, 5] : FourGroups(length), ' '),
            _ => Group(number, length == 15 ? [4, 6, 5] : FourGroups(length), '-'),
        });
    }

    public LabelledValue Phone()
    {
        if (_random.Bool(0.3f))
        {
            var (code, groups) = _random.ArrayElement(InternationalPlans);
            var separator = _random.ArrayElement([' ', '-']);
            var parts = groups.Select(n => _random.Number(1, 9) + _random.String2(n - 1, "0123456789"));
            return LabelledValue.Whole("+" + code + separator + string.Join(separator, parts));
        }

        var area = Nxx();
        var exchange = Nxx();
        var line = _random.Number(0, 9999).ToString("0000", CultureInfo.InvariantCulture);
        return LabelledValue.Whole(_random.Number(7) switch
        {
            0 => $"({area}) {exchange}-{line}",
            1 => $"{area}-{exchange}-{line}",
            2 => $"{area}.{exchange}.{line}",
            3 => $"{area} {exchange} {line}",
            4 => $"+1 {area} {exchange} {line}",
            5 => $"+1 ({area}) {exchange}-{line}",
            6 => $"1-{area}-{exchange}-{line}",
            _ => $"+1{area}{exchange}{line}",
        });
    }

    public LabelledValue Iban()
    {
        var (country, shape) = _random.ArrayElement(IbanShapes);
        var bban = string.Concat(shape.Select(c => c switch
        {
            'd' => _random.Char('0', '9'),
            'L' => _random.Char('A', 'Z'),
            _ => _random.Bool() ? _random.Char('0', '9') : _random.Char('A', 'Z'),
        }));
        var iban = country + Checksums.IbanCheckDigits(country, bban) + bban;
        return LabelledValue.Whole(_random.Bool() ? iban : Group(iban, Enumerable.Repeat(4, 9).ToArray(), ' '));
    }

    public LabelledValue IpAddress()
    {
        if (_random.Bool())
        {
            return LabelledValue.Whole(string.Join('.', Enumerable.Range(0, 4).Select(_ => _random.Number(0, 255))));
        }

        var bytes = _random.Bytes(16);
        if (_random.Bool())
        {
            // Zero a run of groups so that the canonical form is compressed with "::".
            var from = _random.Number(1, 4) * 2;
            Array.Clear(bytes, from, _random.Number(2, 4) * 2);
        }

        bytes[0] = (byte)_random.Number(0x20, 0xfe);
        return LabelledValue.Whole(new IPAddress(bytes).ToString());
    }

    public static string Group(string value, int[] sizes, char separator)
    {
        var parts = new List<string>();
        var index = 0;
        foreach (var size in sizes)
        {
            if (index >= value.Length)
            {
                break;
            }

            var take = Math.Min(size, value.Length - index);
            parts.Add(value.Substring(index, take));
            index += take;
        }

        if (index < value.Length)
        {
            parts.Add(value[index..]);
        }

        return string.Join(separator, parts);
    }

    private static int[] FourGroups(int length) => Enumerable.Repeat(4, (length + 3) / 4).ToArray();

    private string Nxx()
    {
        int value;
        do
        {
            value = _random.Number(200, 999);
        }
        while (value % 100 == 11);

        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Slug(string word) =>
        string.Concat(word.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z' or >= '0' and <= '9'));
}
