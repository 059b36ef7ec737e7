using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ReleaseGate.Secrets;

/// <summary>Registers the <see cref="SecretStore"/> with a service collection.</summary>
public static class SecretStoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds one <see cref="SecretStore"/> singleton. It uses the container's <see cref="TimeProvider"/> and
    /// <see cref="ILogger{TCategoryName}"/> when they are registered, and the system clock and no logging when not.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Chooses the backend and the grace window policy; in memory by default.</param>
    /// <returns>The service collection.</returns>
    /// <remarks>The store loads when it is first resolved; a bad store file fails that resolution.</remarks>
    public static IServiceCollection AddReleaseGateSecrets(
        this IServiceCollection services,
        Action<SecretStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new SecretStoreOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(provider => new SecretStore(
            options,
            provider.GetService<TimeProvider>(),
            provider.GetService<ILogger<SecretStore>>()));
        return services;
    }
}
