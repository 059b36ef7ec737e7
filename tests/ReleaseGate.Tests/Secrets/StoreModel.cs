using System.Collections.Immutable;

namespace ReleaseGate.Tests.Secrets;

/// <summary>
/// The documented default policy written as plainly as possible: the current value is valid, and so is the value
/// current just before while its window is open. Immutable, so a writer can compute the state after a change
/// before it makes the change.
/// </summary>
internal sealed record StoreModel(
    DateTimeOffset Now,
    string? Current,
    string? Previous,
    DateTimeOffset PreviousEnd,
    ImmutableList<string> Issued)
{
    public static StoreModel StartingAt(DateTimeOffset now) => new(now, null, null, now, []);

    public StoreModel Rotated(string value, TimeSpan grace) =>
        this with { Current = value, Previous = Current, PreviousEnd = Now + grace, Issued = Issued.Add(value) };

    public StoreModel GraceExpired() => this with { Previous = null };

    public StoreModel Advanced(TimeSpan by) => this with { Now = Now + by };

    public HashSet<string> Valid()
    {
        var valid = new HashSet<string>(StringComparer.Ordinal);
        if (Current is not null)
        {
            valid.Add(Current);
        }

        if (Previous is not null && Now < PreviousEnd)
        {
            valid.Add(Previous);
        }

        return valid;
    }

    /// <summary>The last few values issued: valid ones and recently expired ones.</summary>
    public IEnumerable<string> Known() => Issued.TakeLast(4);
}
