namespace Fixtures.Secrets.Independent;

// Stand-ins for the client types the independent fixtures call, so the fixtures compile on their own.
public sealed class Credentials(string token) { public string Token { get; } = token; }

public sealed class SlackClient(string token) { public string Token { get; } = token; }

public sealed class OAuthClient { public string? ClientId { get; set; } public string? ClientSecret { get; set; } }

public sealed class ClientSecretCredential(string tenantId, string clientId, string clientSecret)
{
    public string Id { get; } = tenantId + clientId + clientSecret.Length;
}

public sealed class ChatClient(string model, string apiKey) { public string Model { get; } = model + apiKey.Length; }

public sealed class HubClient(string token) { public string Token { get; } = token; }

public sealed class DatabricksClient(string host, string token) { public string Host { get; } = host + token.Length; }

public sealed class SmtpSettings { public string? Password { get; set; } }

public sealed class ApiOptions { public string? ApiKey { get; set; } }

[System.AttributeUsage(System.AttributeTargets.All)]
public sealed class ConnectionAttribute : System.Attribute { public string? Password { get; set; } }
