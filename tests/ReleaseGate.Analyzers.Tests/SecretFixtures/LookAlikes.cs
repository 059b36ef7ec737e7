namespace Fixtures.Secrets;

public class LookAlikes
{
    private readonly string _apiKey = "<your-api-key>"; // rg:clean
    private readonly string _token = "${API_TOKEN}"; // rg:clean
    private readonly string _secret = "{{client_secret}}"; // rg:clean
    private readonly string _password = "%DB_PASSWORD%"; // rg:clean
    private readonly string _passwordX = "REPLACE_ME"; // rg:clean
    private readonly string _apiKeyX = "xxxxxxxxxxxxxxxxxxxxxxxx"; // rg:clean
    private readonly string _secretX = "************"; // rg:clean
    private readonly string _awsKeyId = "AKIAIOSFODNN7EXAMPLE"; // rg:clean
    private readonly string _awsSecretExample = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"; // rg:clean
    private readonly string _githubToken = "ghp_your_token_here"; // rg:clean
    private readonly string _stripeKey = "sk_test_placeholder"; // rg:clean
    private readonly string _correlationId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"; // rg:clean
    private readonly string _tenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47"; // rg:clean
    private readonly string _checksum = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"; // rg:clean
    private readonly string _commitSha = "e9d71f5ee7c92d6dc9e92ffdad17b8bd49418f98"; // rg:clean
    private readonly string _etag = "4a8a08f09d37b73795649038408b5f33"; // rg:clean
    private readonly string _contentHash = "18ac3e7343f016890c510e93f935261169d9e3f565436429830faf0934f4f8e4"; // rg:clean
    private readonly string _version = "1.2.3"; // rg:clean
    private readonly string _sdkVersion = "10.0.401"; // rg:clean
    private readonly string _apiVersion = "2024-05-01-preview"; // rg:clean
    private readonly string _message = "Please enter your password"; // rg:clean
    private readonly string _prompt = "Your API key is invalid, try again"; // rg:clean
    private readonly string _error = "The token has expired and must be refreshed"; // rg:clean
    private readonly string _passwordPrompt = "Password:"; // rg:clean
    private readonly string _tokenFormat = "Bearer {0}"; // rg:clean
    private readonly string _secretFormat = "secret-{0}-{1}"; // rg:clean
    private readonly string _passwordPattern = @"^(?=.*[a-z])(?=.*\\d).{8,}$"; // rg:clean
    private readonly string _tokenRegex = "[A-Za-z0-9]{32}"; // rg:clean
    private readonly string _secretName = "Auth:ClientSecret"; // rg:clean
    private readonly string _passwordKey = "ConnectionStrings:Default"; // rg:clean
    private readonly string _tokenVariable = "GITHUB_TOKEN"; // rg:clean
    private readonly string _envName = "AZURE_CLIENT_SECRET"; // rg:clean
    private readonly string _apiKeyHeader = "X-Api-Key"; // rg:clean
    private readonly string _tokenEndpoint = "https://login.example.org/oauth2/v2.0/token"; // rg:clean
    private readonly string _passwordResetUrl = "https://example.org/reset"; // rg:clean
    private readonly string _tokenType = "Bearer"; // rg:clean
    private readonly string _passwordHash = "$2a$12$d.ufvdcZkhOMdgGSlEIAyw/JiEqZDHhZgfBgIfk6tJNTKTYR2QEWA"; // rg:clean
    private readonly string _connectionString = "Server=db;Database=orders;Integrated Security=true"; // rg:clean
    private readonly string _connection2 = "Host=pg;Username=svc;Password=${PG_PASSWORD}"; // rg:clean
    private readonly string _url = "https://user@example.org/path"; // rg:clean
    private readonly string _homepage = "https://github.com/dotnet/runtime"; // rg:clean
    private readonly string _configPath = "/etc/app/secrets.json"; // rg:clean
    private readonly string _keyFile = "./keys/private.pem"; // rg:clean
    private readonly string _displayName = "Contoso Storage Account"; // rg:clean
    private readonly string _userName = "service-account"; // rg:clean
    private readonly string _sampleJwt = "eyJhbGciOiJIUzI1NiJ9.e30.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"; // rg:clean
    private readonly string _pemHeader = "-----BEGIN PUBLIC KEY-----"; // rg:clean
    private readonly string _pemElided = "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----"; // rg:clean
    private readonly string _base64Image = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="; // rg:clean
    private readonly string _cacheKey = "orders:a59041c72adbd8ec"; // rg:clean
    private readonly string _traceParent = "00-40372bb6ee7385ff51ae825372147019-c012aff3fedfc028-01"; // rg:clean
    private readonly string _nonce = "0"; // rg:clean
    private readonly string _secretLength = "32"; // rg:clean
    private readonly string _tokenName = "refresh_token"; // rg:clean
    private readonly string _password2 = ""; // rg:clean
    private readonly string _apiKey2 = "none"; // rg:clean
    private readonly string _secretSalt = "1111111111111111"; // rg:clean
    private readonly string _keyId = "key-2024-01"; // rg:clean
    private readonly string _clientId = "web-frontend"; // rg:clean
    private readonly string _scope = "openid profile email"; // rg:clean
    private readonly string _algorithm = "HS256"; // rg:clean
    private readonly string _mime = "application/json"; // rg:clean
    private readonly string _dateFormat = "yyyy-MM-ddTHH:mm:ss"; // rg:clean
    private readonly string _productCode = "SKU-39HCIH5CGI"; // rg:clean
    private readonly string _orderNumber = "ORD077907987059"; // rg:clean
    private readonly string _isbn = "978-3-16-148410-0"; // rg:clean
    private readonly string _colorHex = "#1e90ff"; // rg:clean
    private readonly string _ip = "10.0.0.1"; // rg:clean
    private readonly string _greeting = "Hello, world"; // rg:clean
    private readonly string _skuLike = "sk-aaaaaaaaaa"; // rg:clean
    private readonly string _typeName = "System.String"; // rg:clean
    private readonly string _assemblyName = "Microsoft.Extensions.Configuration"; // rg:clean
    private readonly string _route = "api/v1/tokens/{id}"; // rg:clean
    private readonly string _sqlQuery = "SELECT password_hash FROM users WHERE id = @id"; // rg:clean
    private readonly string _logTemplate = "User {UserId} rotated token {TokenId}"; // rg:clean
    private readonly string _docLink = "https://docs.example.org/api-keys#rotate"; // rg:clean
    private readonly string _fileName = "secrets.template.json"; // rg:clean
    private readonly string _feature = "EnableTokenCache"; // rg:clean
    private readonly string _secretPolicy = "RotateEvery90Days"; // rg:clean
    private readonly string _keyVaultName = "kv-prod-eastus"; // rg:clean
    private readonly string _passwordLabel = "Enter password"; // rg:clean
    private readonly string _tokenAudience = "api://orders"; // rg:clean
    private readonly string _base32 = "JBSWY3DPEHPK3PXP"; // rg:clean
}
