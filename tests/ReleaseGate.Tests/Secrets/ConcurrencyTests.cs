using Microsoft.Extensions.Time.Testing;
using ReleaseGate.Secrets;

namespace ReleaseGate.Tests.Secrets;

/// <summary>
/// Many threads validate while one thread rotates, expires and moves the clock. Before each change the writer
/// publishes which values are valid both before and after it (they must be accepted) and which are valid neither
/// before nor after it (they must be rejected). A validation counts only if no later change was published
/// meanwhile, so each counted check overlapped at most the one change its expectation describes.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Validators = 8;

    private const int Changes = 7 * 60;

    private const int MaxValidationsPerThread = 3_000_000;

    private const int ChecksPerChange = 48;

    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan OneTick = TimeSpan.FromTicks(1);

    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(1);

    private readonly object _gate = new();

    private Expectation _expectation = new(-1, [], []);

    private volatile bool _done;

    private long _acceptChecks;

    private long _rejectChecks;

    private long _failures;

    private string? _firstFailure;

    [Fact]
    public void Validations_never_reject_a_value_valid_before_and_after_a_change_nor_accept_an_invalid_one()
    {
        var time = new FakeTimeProvider(SecretStoreHarness.Start);
        var store = new SecretStore(new SecretStoreOptions(), time);
        var first = SecretValue.Generate();
        store.Rotate("api", first, Grace);
        var model = StoreModel.StartingAt(time.GetUtcNow()).Rotated(first.Reveal(), Grace);

        var threads = Enumerable.Range(0, Validators).Select(seed => new Thread(() => Validate(store, seed))).ToList();
        threads.ForEach(thread => thread.Start());
        for (var index = 0; index < Changes; index++)
        {
            model = Change(index, model, store, time);
        }

        lock (_gate)
        {
            _done = true;
            Monitor.PulseAll(_gate);
        }

        threads.ForEach(thread => thread.Join());

        Assert.True(_failures == 0, $"{_failures} wrong answers; first: {_firstFailure}");
        Assert.True(_acceptChecks > Changes, $"only {_acceptChecks} counted checks of values to accept");
        Assert.True(_rejectChecks > Changes, $"only {_rejectChecks} counted checks of values to reject");
        Assert.Equal(model.Valid(), model.Known().Where(value => store.Validate("api", value)).ToHashSet());
    }

    private StoreModel Change(int index, StoreModel model, SecretStore store, FakeTimeProvider time)
    {
        var value = SecretValue.Generate();
        var step = index % 7;
        var after = step switch
        {
            0 or 2 or 4 => model.Rotated(value.Reveal(), Grace),
            1 => model.Advanced(Grace - OneTick),
            3 => model.GraceExpired(),
            5 => model.Advanced(Grace),
            _ => model.Advanced(OneTick),
        };

        var before = model.Valid();
        var mustAccept = before.Intersect(after.Valid()).ToArray();
        var mustReject = after.Known().Append("never-issued").Except(before).Except(after.Valid()).ToArray();
        var expectation = new Expectation(index, mustAccept, mustReject);
        Publish(expectation);

        switch (step)
        {
            case 0 or 2 or 4:
                store.Rotate("api", value, Grace);
                break;
            case 3:
                store.ExpireGrace("api");
                break;
            default:
                time.Advance(after.Now - model.Now);
                break;
        }

        WaitForChecks(expectation);
        return after;
    }

    private void Validate(SecretStore store, int seed)
    {
        for (var i = 0; i < MaxValidationsPerThread && !_done; i++)
        {
            var expectation = Volatile.Read(ref _expectation);
            var expected = (i + seed) % 2 == 0;
            var pool = expected ? expectation.MustAccept : expectation.MustReject;
            if (pool.Length == 0)
            {
                continue;
            }

            var accepted = store.Validate("api", pool[i / 2 % pool.Length]);
            Interlocked.MemoryBarrier();
            if (!ReferenceEquals(expectation, Volatile.Read(ref _expectation)))
            {
                continue;
            }

            Interlocked.Increment(ref expected ? ref _acceptChecks : ref _rejectChecks);
            if (Interlocked.Increment(ref expectation.Checks) >= ChecksPerChange)
            {
                WaitForNextChange(expectation);
            }

            if (accepted != expected)
            {
                Interlocked.Increment(ref _failures);
                var verb = expected ? "accepted" : "rejected";
                Interlocked.CompareExchange(ref _firstFailure,
                    $"change {expectation.Index}: a value that must be {verb} was not", null);
            }
        }
    }

    private void WaitForNextChange(Expectation seen)
    {
        // Enough checks were counted against this change: block (not spin) until the writer publishes the next.
        lock (_gate)
        {
            Monitor.PulseAll(_gate);
            while (!_done && ReferenceEquals(seen, _expectation))
            {
                Monitor.Wait(_gate, WaitLimit);
            }
        }
    }

    private void Publish(Expectation next)
    {
        lock (_gate)
        {
            Volatile.Write(ref _expectation, next);
            Monitor.PulseAll(_gate);
        }
    }

    private void WaitForChecks(Expectation current)
    {
        lock (_gate)
        {
            for (var round = 0; round < 10 && Interlocked.Read(ref current.Checks) < ChecksPerChange; round++)
            {
                Monitor.Wait(_gate, WaitLimit);
            }
        }
    }

    private sealed record Expectation(int Index, string[] MustAccept, string[] MustReject)
    {
        public long Checks;
    }
}
