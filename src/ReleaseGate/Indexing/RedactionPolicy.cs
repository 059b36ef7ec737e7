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

    /// <summary>Applies the policy to <paramref name="text"/>.</summary>
    /// <param name="text">Normalized source text.</param>
    /// <returns>The text to chunk, embed and store.</returns>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _redactor is null ? text : _redactor.Redact(text);
    }
}
