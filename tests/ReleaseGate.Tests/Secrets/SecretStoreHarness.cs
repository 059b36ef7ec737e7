using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using ReleaseGate.Secrets;

namespace ReleaseGate.Tests.Secrets;

/// <summary>A store on a fake clock with a capturing logger, as most secret tests need.</summary>
internal sealed class SecretStoreHarness
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public SecretStoreHarness(
        int maxGraceVersions = 1,
        ISecretStoreBackend? backend = null,
        FakeTimeProvider? time = null)
    {
        Time = time ?? new FakeTimeProvider(Start);
        Logger = new FakeLogger<SecretStore>();
        var options = new SecretStoreOptions { MaxGraceVersions = maxGraceVersions, Backend = backend };
        Store = new SecretStore(options, Time, Logger);
    }

    public FakeTimeProvider Time { get; }

    public FakeLogger<SecretStore> Logger { get; }

    public SecretStore Store { get; }

    /// <summary>Every log line the store wrote, with its structured values.</summary>
    public string AllLogText() => string.Join("\n", Logger.Collector.GetSnapshot().Select(record =>
        record.Message + " " + string.Join(",", record.StructuredState?.Select(pair => pair.Value) ?? [])));
}
