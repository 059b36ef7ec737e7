using System.Net;

namespace Fixtures.Secrets;

public class NamedSecrets
{
    private readonly string _password = "Tr0ub4dor&3x"; // rg:secret
    private readonly string _dbPassword = "hunter2-prod"; // rg:secret
    private readonly string _AdminPwd = "S3cure!Pass"; // rg:secret
    private readonly string _passphrase = "correct-horse-9"; // rg:secret
    private readonly string _smtpPassword = "b4XQQyqcJaZ7"; // rg:secret
    private readonly string _apiSecret = "uTi02B37unbBcm5VhsxIXSD6J7dqAWGj"; // rg:secret
    private readonly string _clientSecret = "QfEXEU15t8u3OG9EIAlshvGiLO-CKgPEwVoQ8h7L"; // rg:secret
    private readonly string _accessToken = "mMrz4KW5ImEKiBnvHyfUgKhJiEBLzG4P1TUcs2HG"; // rg:secret
    private readonly string _signingKey = "wCG909eOxLM7Dc/D4FtEVViFjg/Y69O9nBWuhCEfHXnk"; // rg:secret
    private readonly string _webhookSecret = "040c2e7c2272f815fe828741a36e776e0013478c"; // rg:secret
    private readonly string _apiKey = "d5e2dbb5bb63c2ad5caf9de1ded08c14"; // rg:secret
    private readonly string _encryptionKey = "AiFsL9iDrtZ+3uUv52p0hp3QvN6InP6yRJgdzwnLtu0="; // rg:secret
    private readonly string _subscriptionKey = "48e72b8eafca652f2b24291898746152"; // rg:secret
    private readonly string _authToken = "jLFMGqrBg2vkkZnLGhg2Vn7Jp462"; // rg:secret
    private readonly string _masterKey = "4XIUksf5blkreGtWLDAaXzJHSBY4zeNHsxCY"; // rg:secret

    public object Build()
    {
        var credential = new NetworkCredential("svc", "apIqIMblyZ!"); // rg:secret
        var builder = new System.UriBuilder("https://example.org") { Password = "h1lvVPy3j4N" }; // rg:secret
        var login = new { User = "admin", Password = "Winter2025!" }; // rg:secret
        var rawToken = """ghp_WuEgdHSX5LT4kIqktWoZCp1WvYKvOmuZM5HN"""; // rg:secret
        var utf8 = "xoxb-834049559050-9856967645271-i7dF1maIdSzSDgCUUBJIh031"u8; // rg:secret
        var interpolated = $"Bearer sk_live_2wqTtMxjaDiIretoyqkdoEL5 for {credential.UserName}"; // rg:secret
        return (credential, builder, login, rawToken, utf8.Length, interpolated);
    }
}
