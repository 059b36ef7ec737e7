namespace ReleaseGate.Privacy;

/// <summary>Names of <see cref="PiiKind"/> values as they appear in tags, reports and SARIF rules.</summary>
public static class PiiKindExtensions
{
    /// <summary>Every kind, in declaration order.</summary>
    public static IReadOnlyList<PiiKind> All { get; } = Enum.GetValues<PiiKind>();

    /// <summary>Returns the upper-case name used in tags (<c>EMAIL</c>, <c>US_SSN</c>, <c>PAYMENT_CARD</c>...).</summary>
    /// <param name="kind">The kind to name.</param>
    /// <returns>The stable name of the kind.</returns>
    public static string ToTagName(this PiiKind kind) => kind switch
    {
        PiiKind.Email => "EMAIL",
        PiiKind.UsSsn => "US_SSN",
        PiiKind.PaymentCard => "PAYMENT_CARD",
        PiiKind.Phone => "PHONE",
        PiiKind.Iban => "IBAN",
        PiiKind.IpAddress => "IP_ADDRESS",
        PiiKind.Credential => "CREDENTIAL",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind."),
    };

    /// <summary>Parses a tag name such as <c>PAYMENT_CARD</c> (any letter case).</summary>
    /// <param name="name">The name to parse.</param>
    /// <param name="kind">The kind, when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseTagName(string name, out PiiKind kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToTagName(), name, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
