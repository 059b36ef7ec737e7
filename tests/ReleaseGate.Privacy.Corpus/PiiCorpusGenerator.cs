using Bogus;

namespace ReleaseGate.Privacy.Corpus;

/// <summary>
/// Builds the labelled corpus: lines of generated prose that each carry one valid value of a known kind, one hard
/// negative, or nothing. The same seed always yields the same corpus.
/// </summary>
public sealed class PiiCorpusGenerator
{
    public const int DefaultSeed = 20261203;

    public static readonly IReadOnlyList<string> Kinds =
        ["EMAIL", "US_SSN", "PAYMENT_CARD", "PHONE", "IBAN", "IP_ADDRESS", "CREDENTIAL"];

    private static readonly string[] Lead =
        ["Please use", "Reach us via", "Updated:", "For reference,", "The value", "Noted", "Logged", "See"];

    private static readonly string[] Tail = ["for the account.", "as requested.", "in the ticket.", "today.", "(see above)."];

    private readonly Faker _faker;
    private readonly PiiValueFactory _values;
    private readonly CredentialFactory _credentials;
    private readonly HardNegativeFactory _negatives;

    public PiiCorpusGenerator(int seed = DefaultSeed)
    {
        _faker = new Faker("en") { Random = new Randomizer(seed) };
        _values = new PiiValueFactory(_faker);
        _credentials = new CredentialFactory(_faker);
        _negatives = new HardNegativeFactory(_faker);
    }

    /// <summary>
    /// Generates <paramref name="spansPerKind"/> labelled lines of every kind, as many hard-negative lines as
    /// labelled ones, and one prose-only line for every ten, shuffled.
    /// </summary>
    public IReadOnlyList<CorpusLine> Generate(int spansPerKind)
    {
        var lines = new List<CorpusLine>();
        foreach (var kind in Kinds)
        {
            for (var i = 0; i < spansPerKind; i++)
            {
                lines.Add(Labelled(kind, ValueOf(kind)));
            }
        }

        var labelled = lines.Count;
        for (var i = 0; i < labelled; i++)
        {
            lines.Add(Unlabelled(_negatives.Next(), CorpusLine.HardNegative));
        }

        for (var i = 0; i < labelled / 10; i++)
        {
            lines.Add(new CorpusLine(Prose(), null, 0, 0, CorpusLine.Prose));
        }

        return _faker.Random.Shuffle(lines).ToList();
    }

    private LabelledValue ValueOf(string kind) => kind switch
    {
        "EMAIL" => _values.Email(),
        "US_SSN" => _values.Ssn(),
        "PAYMENT_CARD" => _values.PaymentCard(),
        "PHONE" => _values.Phone(),
        "IBAN" => _values.Iban(),
        "IP_ADDRESS" => _values.IpAddress(),
        _ => _credentials.Next(),
    };

    private CorpusLine Labelled(string kind, LabelledValue value)
    {
        var before = $"{Prose()} {_faker.Random.ArrayElement(Lead)} ";
        var text = $"{before}{value.Text} {_faker.Random.ArrayElement(Tail)} {Prose()}";
        return new CorpusLine(text, kind, before.Length + value.SecretStart, value.SecretLength, CorpusLine.Pii);
    }

    private CorpusLine Unlabelled(string value, string category) =>
        new($"{Prose()} {_faker.Random.ArrayElement(Lead)} {value} {_faker.Random.ArrayElement(Tail)} {Prose()}",
            null, 0, 0, category);

    private string Prose() => _faker.Random.Bool(0.7f) ? _faker.Lorem.Sentence(6, 6) : _faker.Company.CatchPhrase() + ".";
}
