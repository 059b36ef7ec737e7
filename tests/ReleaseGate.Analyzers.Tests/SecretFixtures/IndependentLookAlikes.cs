// Independent slice: credential formats taken from providers' public documentation and from the test
// suites of public secret scanners (gitleaks, secretlint, detect-secrets), with values generated for this file.
namespace Fixtures.Secrets.Independent;

public class LookAlikes
{
    private const string DocsAccessKeyId = "AKIAI44QH8DHBEXAMPLE"; // rg:clean
    private const string DocsSecretAccessKey = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"; // rg:clean
    private const string Azurite = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"; // rg:clean
    private const string LocalStorage = "UseDevelopmentStorage=true"; // rg:clean
    private const string SlackDocsToken = "xoxb-not-a-real-token-this-will-not-work"; // rg:clean
    private const string VerificationKey = "-----BEGIN PUBLIC KEY-----\nUMgDFANs3+e6E5lkiHL59IPN9JJm5HXh0KwCDtN7aXfvx51rAdUlNc1Xr8AwgDF7U7+yP0Z/QLlxoVNYYUd8S/Yl9ykvxb2zv8Lw+BHjUDL1H7zth89v22nT4A==\n-----END PUBLIC KEY-----"; // rg:clean
    private const string RootCertificate = "-----BEGIN CERTIFICATE-----\nwLddXNtXkIhUIWkBRKncnF2ad0FyPKaPChDSHlqLTUfj9fpAnjAF+zg/1V2s3x16SCuIC0unQ/89QqgGTmpYm+PJ08VG8aiFa94jBfb6+og7JJHwfZdYlw2aAYcIoKQQ\n-----END CERTIFICATE-----"; // rg:clean
    private const string AuthorizedKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICjndXMpHlRO/wo4YFHgXBdZvl0cHYZMFYEF6pPT4Lzw deploy@build01"; // rg:clean
    private const string StripePublishableKey = "pk_live_zsd60NCdGPLm6OAMu1r1Lu16"; // rg:clean
    private const string GoogleClientId = "947084001187-j50uf6gznax5wpwm52xkg6uen4ymqtpg.apps.googleusercontent.com"; // rg:clean
    private const string SentryDsn = "https://43f597fe894b888b5cb54b45f7b16c47@o460805.ingest.sentry.io/3235896"; // rg:clean
    private const string TwilioAccountSid = "ACd71d23433fb438ef644842da09d50a2c"; // rg:clean
    private const string TenantId = "92ba57f7-3ae8-fa5b-aeb7-4d5cfbcb7424"; // rg:clean
    private const string ClientId = "da1c2efb-a773-ecb2-268c-0c1c3583dff4"; // rg:clean
    private const string PasswordSecretUri = "https://contoso-kv.vault.azure.net/secrets/DbPassword/3e267844b09311b4251c15d8cf9278ab"; // rg:clean
    private const string StripePriceId = "price_1U6zZ5wCLN0bB9JdUQNM1Hc8"; // rg:clean
    private const string StripeCustomer = "cus_cKMWKb90dmoYiq"; // rg:clean
    private const string DeployRole = "arn:aws:iam::865748870943:role/deploy-orders"; // rg:clean
    private const string ClientSecretKey = "Auth:ClientSecret"; // rg:clean
    private const string AwsSecretVariable = "AWS_SECRET_ACCESS_KEY"; // rg:clean
    private const string ApiKeyHeader = "X-Api-Key"; // rg:clean
    private const string SubscriptionKeyHeader = "Ocp-Apim-Subscription-Key"; // rg:clean
    private const string TokenCacheKey = "oauth:tokens:{0}"; // rg:clean
    private const string AccessTokenField = "access_token"; // rg:clean
    private const string RefreshGrant = "refresh_token"; // rg:clean
    private const string TokenEndpoint = "https://login.microsoftonline.com/common/oauth2/v2.0/token"; // rg:clean
    private const string PasswordResetPath = "/account/password/reset"; // rg:clean
    private const string SecretsFile = "secrets.json"; // rg:clean
    private const string PrivateKeyFile = "~/.ssh/id_ed25519"; // rg:clean
    private const string TokenFeatureFlag = "checkout.new-token-flow"; // rg:clean
    private const string ApiKeyPlaceholder = "YOUR_API_KEY_HERE"; // rg:clean
    private const string TokenPlaceholder = "<insert-token>"; // rg:clean
    private const string OpenAiPlaceholder = "sk-..."; // rg:clean
    private const string GitHubTokenMask = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"; // rg:clean
    private const string AwsKeyMask = "AKIAXXXXXXXXXXXXXXXX"; // rg:clean
    private const string PipelinePassword = "$(DbPassword)"; // rg:clean
    private const string OctopusToken = "#{ApiToken}#"; // rg:clean
    private const string ReplacedSecret = "__ClientSecret__"; // rg:clean
    private const string DocsConnection = "postgres://USER:PASSWORD@HOST:5432/DATABASE"; // rg:clean
    private const string EnvRedis = "redis://:${REDIS_PASSWORD}@localhost:6379"; // rg:clean
    private const string TestPassword = "dummy"; // rg:clean
    private const string EmptyPassword = ""; // rg:clean
    private const string LocalDb = @"Server=(localdb)\mssqllocaldb;Database=Orders;Trusted_Connection=True;MultipleActiveResultSets=true"; // rg:clean
    private const string Sqlite = "Data Source=orders.db;Cache=Shared"; // rg:clean
    private const string IntegratedPostgres = "Host=localhost;Database=orders;Username=orders;Integrated Security=true"; // rg:clean
    private const string PasswordTemplate = "Server={0};Database={1};User Id={2};Password={3};"; // rg:clean
    private const string SentinelUrl = "https://status.example.com/api/v1/components?page=2"; // rg:clean
    private const string ScriptIntegrity = "sha384-H/w/d4HcEiBKFqUIQixsQ/YTzrTVjR8gTDdPLR6DoiBvfPGGdxnCMCpx5jQrdco8"; // rg:clean
    private const string ImageDigest = "sha256:1c1a04cda1b39b8e8fe6570dec5f5b57ecac39d64e62c79a31cd29eb35978558"; // rg:clean
    private const string LockIntegrity = "sha512-qn26yMY9ZNgssBrq9QyKDdqbf3MKOPQ1+89Y0bMF4xk9FLsEh9XfMf/Yuj69xN/2V/UwO4WbUdxVhAc0PDinFg=="; // rg:clean
    private const string BuildCommit = "27fcb0f0d74b1d6260de0802f6f6cf9895ec1596"; // rg:clean
    private const string PasswordHash = "$2a$11$ulWskytrMNOh5LS3onedt8T2ktgqnuVl/eEOrcPEoT.PE7sbgs5C2"; // rg:clean
    private const string PixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="; // rg:clean
    private const string Banner = "T3JkZXJzIHNlcnZpY2UgLSBpbnRlcm5hbCBidWlsZA=="; // rg:clean
    private const string ReleaseVersion = "v3.14.2-beta.4+sha.5114f85"; // rg:clean
    private const string RequestId = "808c8bb1-7177-5042-9aba-ac4da21d7e5d"; // rg:clean
    private const string LfsObject = "oid sha256:1720fee81af8b33a41a6aedc6a9cd8337af548a3d56a10a07963f187598d4e02"; // rg:clean
    private const string ExpiredSecret = "The client secret has expired. Create a new one in the portal and update the settings."; // rg:clean
    private const string BadToken = "Invalid token: expected three segments separated by dots."; // rg:clean
    private const string RefreshLog = "Refreshing access token for {ClientId} at {ExpiresAt}"; // rg:clean
    private const string PasswordRules = "Use at least 12 characters, one digit and one symbol."; // rg:clean
    private const string GitHubTokenPattern = @"ghp_[A-Za-z0-9]{36}"; // rg:clean
    private const string KeyValuePattern = @"(?i)(api[_-]?key|secret)\s*[:=]\s*[""']?([A-Za-z0-9_\-]{16,})"; // rg:clean
    private const string BearerFormat = "Authorization: Bearer {0}"; // rg:clean
}
