using ReleaseGate.Privacy;

namespace ReleaseGate.Indexing;

/// <summary>
/// What the index does to text before it is embedded or stored. There is no default: an index is always
/// built with a policy, and storing text unredacted has to be asked for by name with <see cref="None"/>.
/// </summary>
public sealed class RedactionPolicy
{
    private readonly ITextRedactor? _redactor;

    private RedactionPolicy(string name, ITextRedactor? redactor)
    {
        Name = name;
        _redactor = redactor;
    }

    /// <summary>Stores and embeds text exactly as the source has it.</summary>
    public static RedactionPolicy None { get; } = new("none", null);

    /// <summary>
    /// The recommended policy: <see cref="PiiRedactor.Default"/> replaces every kind of personal data and every
    /// credential with a typed tag such as <c>[EMAIL]</c>.
    /// </summary>
    public static RedactionPolicy Default { get; } = new(PiiPolicyName.Of(new PiiRedactorOptions()), PiiRedactor.Default);

    /// <summary>
    /// The policy's name, part of the pipeline fingerprint: changing the redactor marks every record stale.
    /// </summary>
    public string Name { get; }

    /// <summary>Runs <paramref name="redactor"/> on every document's text before it is chunked.</summary>
    /// <param name="redactor">The redactor; its type name identifies the policy.</param>
    /// <returns>The policy.</returns>
    public static RedactionPolicy Using(ITextRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(redactor);
        return new RedactionPolicy(redactor.GetType().FullName ?? redactor.GetType().Name, redactor);
    }

    /// <summary>Runs a <see cref="PiiRedactor"/> built with <paramref name="options"/>.</summary>
    /// <param name="options">Kinds and replacement style; a pseudonym key is identified by a digest, not stored.</param>
    /// <returns>The policy; its name changes whenever the options change what is written.</returns>
    public static RedactionPolicy Pii(PiiRedactorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new RedactionPolicy(PiiPolicyName.Of(options), new PiiRedactor(options));
    }

    /// <summary>Applies the policy to <paramref name="text"/>.</summary>
    /// <param name="text">Normalized source text.</param>
    /// <returns>The text to chunk, embed and store.</returns>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _redactor is null ? text : _redactor.Redact(text);
    }
}
