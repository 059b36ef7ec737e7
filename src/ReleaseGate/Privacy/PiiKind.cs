namespace ReleaseGate.Privacy;

/// <summary>The kinds of personal data and secrets that <see cref="PiiRedactor"/> finds.</summary>
public enum PiiKind
{
    /// <summary>An email address with a real domain (<c>[EMAIL]</c>).</summary>
    Email,

    /// <summary>A United States social security number (<c>[US_SSN]</c>).</summary>
    UsSsn,

    /// <summary>A payment card number that passes the Luhn check (<c>[PAYMENT_CARD]</c>).</summary>
    PaymentCard,

    /// <summary>A North American or international phone number (<c>[PHONE]</c>).</summary>
    Phone,

    /// <summary>An international bank account number that passes the mod-97 check (<c>[IBAN]</c>).</summary>
    Iban,

    /// <summary>An IPv4 or IPv6 address (<c>[IP_ADDRESS]</c>).</summary>
    IpAddress,

    /// <summary>An API key, token, private key or password from the credential catalog (<c>[CREDENTIAL]</c>).</summary>
    Credential,
}
