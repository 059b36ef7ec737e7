namespace Fixtures.Secrets;

public class ProviderTokens
{
    private static readonly string s_awsKeyId = @"AKIAICLTRTF8XIF812J1"; // rg:secret
    public string AwsKeyId2 { get; } = "ASIATL9R927IZCZ73C2A"; // rg:secret
    private const string AwsConfig = "aws_secret_access_key = pA9OZxWZUqSsST8KwYJClYw9VgHOkQftdeP2b+0U"; // rg:secret
    private static readonly string s_githubToken = @"ghp_Mu5ksVsXMDN5ceK0bFAhfPaoLzFZioAyNM6k"; // rg:secret
    public string GhToken2 { get; } = "gho_9FSUtHnekcJikRvU8nt0SmnWULglbL8iu1nv"; // rg:secret
    private const string FinePat = "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"; // rg:secret
    private static readonly string s_gitlab = @"glpat-LyJ681ibiBHmPV_ga8Oo"; // rg:secret
    public string NpmToken { get; } = "npm_uW0U76AWxQFOdNePKRY2RzYOemzhopsjCSlV"; // rg:secret
    private const string SlackBot = "xoxb-074748138542-5659366458925-s4yZrhep0FnalgJKjvXwyYIz"; // rg:secret
    private static readonly string s_slackUser = @"xoxp-804420515257-633804192295-5537239753114-7408705176fed6ed0243c048f7730a65"; // rg:secret
    public string Hook { get; } = "https://hooks.slack.com/services/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"; // rg:secret
    private const string StripeRestricted = "rk_live_PILNfCIAii4bJbRHm46ZosN6"; // rg:secret
    private static readonly string s_stripeHook = @"whsec_kF4TF5kMn4CFT3Z2MlLL2pdhAqMRifZN"; // rg:secret
    public string Twilio { get; } = "SK102e97b741f00bfe4510347c1feeb68b"; // rg:secret
    private const string GoogleKey = "AIza7RRRri3UY6Df1km-N9_n8EEubLLiyCkpT1k"; // rg:secret
    private static readonly string s_openAi = @"sk-J6gZJ00aZJ3OMNiyRa2uQkS9ypjS1s2CI7mCbMcKn7Vxu6BO"; // rg:secret
    public string OpenAiProject { get; } = "sk-proj-otsJ0igpGRi_eA5w2ZRo-unQdaC2QJ6Hu17dQdrvA8tn9tbBFkdTDtJkHNvoM4hZ"; // rg:secret
    private const string Hf = "hf_Iy6waeglfrvYs2JMxrxR9SGsgj2e5C6XYE"; // rg:secret
    private static readonly string s_session = @"eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiNzM3NzY3MDc3OCIsICJuYW1lIjogIkZpeHR1cmUgVXNlciIsICJpYXQiOiAxNzAwMDk5ODUwfQ.fCbpeJ6prZJL43R8Tar77WrSACjxaygHJTxOGHxB7by"; // rg:secret
    public string IdToken { get; } = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiMzI5MzA0MjM0MCIsICJuYW1lIjogIkZpeHR1cmUgVXNlciIsICJpYXQiOiAxNzAwMDA3MDE4fQ.S51yxIDV-kY-32cfdXbaVx-nxoFmL6jm8TMGiTjedYe"; // rg:secret
    private const string SqlConnection = "Server=db.internal;Database=orders;User Id=app;Password=zPtPH7811wiMTZ;"; // rg:secret
    private static readonly string s_pgConnection = @"Host=pg;Username=svc;Pwd=rh2i9muxGnPv!;Database=main"; // rg:secret
    public string RedisUrl { get; } = "redis://admin:1sWIKOxDZhnWtjPq@cache.internal:6379"; // rg:secret
    private const string Storage = "DefaultEndpointsProtocol=https;AccountName=files;AccountKey=4X1dNaToGgoQG6r7cqdfalh6iCFwjYNzdgJ7gSyUfqcsLzfOkjyLjTDR61BBkAub/owJLGuAHbtEt0h1Vde4uB==;EndpointSuffix=core.windows.net"; // rg:secret
    private static readonly string s_bus = @"Endpoint=sb://bus.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=Ju4g1ncPBMDl/jAqmDJGLhMUHKmafXK3+3kNsJB1B1z="; // rg:secret

    public void Use()
    {
        var deployKey = "AKIA2KTSQRVQ0EH1LHTF"; // rg:secret
        var ciToken = "ghs_qMI34zS2G5BFulWwwpU7NMceUMGEc11jgw0e"; // rg:secret
        var nugetKey = "oy2bwf28llpk2gy82fl53kpxk0945wz6e8wwphalezdeil"; // rg:secret
        var stripeKey = "sk_live_bDGMNjpjcioVXLr7vh11ddsc"; // rg:secret
        var sendgrid = "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"; // rg:secret
        var anthropic = "sk-ant-api03-2bIx0ctLME4FhfhQBTtdGGaflJXnQTNyIlfYo-n5GLa2hXhMbO7Q1a-HX0RssTFupW3XYw4FZoSyAtAS0iDuwu2pwPD7LAA"; // rg:secret
        var privateKey = "-----BEGIN RSA PRIVATE KEY-----\nulb+cTgfi7dJz54T4RmI0o+WGzm3NSQGYeMPotQ1VLaRwC+OV6rqtcGCl3uQeyK5\nVSejBqKLVka8jZUpsHRnczKbio6HHFnfIW7JC6ieGFwo5WeTQK6x46BtT/uPB6H6\nYW1AkeWrQwm2hE6U1yOq/MArUaDKmVPURej7HpAZfdj16EvEC++Ro/97xwkPqQE8\nkH6+lF+mF4rvCkdI9h2wU3zVZgn932UO3muALUfbnllziGMGSIUwwy22ecKgVFJI\nBNRMiRLMLq4s8XF0O3bNRNrZ10c/CtZ2oS8JKOCseMT7uq2n/Sk8d7k196r/9iDv\nDQVhFCT1Co7ANkfV1EW89tL9iRoVf2+UxIwjcy5+ACq66JddlKrxAtF/ZBKrklL1\n-----END RSA PRIVATE KEY-----"; // rg:secret
        var amqp = "amqp://worker:a0fgPmQLt5nAo2hMBR@mq.internal/vhost"; // rg:secret
    }
}
