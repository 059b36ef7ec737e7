using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using ReleaseGate.Secrets;

namespace ReleaseGate.Tests.Secrets;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void The_store_is_one_singleton_on_the_container_clock_and_logger()
    {
        var time = new FakeTimeProvider(SecretStoreHarness.Start);
        var logger = new FakeLogger<SecretStore>();
        using var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<ILogger<SecretStore>>(logger)
            .AddReleaseGateSecrets(options => options.MaxGraceVersions = 2)
            .BuildServiceProvider();

        var store = provider.GetRequiredService<SecretStore>();
        var v1 = store.Rotate("api", TimeSpan.FromMinutes(5)).Value.Reveal();
        store.Rotate("api", TimeSpan.FromMinutes(5));
        store.Rotate("api", TimeSpan.FromMinutes(5));

        Assert.Same(store, provider.GetRequiredService<SecretStore>());
        Assert.True(store.Validate("api", v1));
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.False(store.Validate("api", v1));
        Assert.Contains(logger.Collector.GetSnapshot(), record => record.Message.StartsWith(
            "Rotated secret api to version 3", StringComparison.Ordinal));
    }

    [Fact]
    public void The_configured_file_backend_is_used()
    {
        var folder = Directory.CreateTempSubdirectory("rg-secrets-di-").FullName;
        try
        {
            var path = Path.Combine(folder, "store.rgs");
            var key = SecretStoreKey.Generate();
            using var provider = new ServiceCollection()
                .AddReleaseGateSecrets(options => options.UseEncryptedFile(path, key))
                .BuildServiceProvider();

            provider.GetRequiredService<SecretStore>().Rotate("api", new SecretValue("persisted"), TimeSpan.Zero);

            var reopened = new SecretStore(new SecretStoreOptions().UseEncryptedFile(path, key));
            Assert.Equal("persisted", reopened.GetCurrent("api").Reveal());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
