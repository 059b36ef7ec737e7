// Independent slice: credential formats taken from providers' public documentation and from the test
// suites of public secret scanners (gitleaks, secretlint, detect-secrets), with values generated for this file.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;

namespace Fixtures.Secrets.Independent;

public class ProviderFormats
{
    private const string AwsAccessKeyId = "AKIAICLTRTFXIF34J3TL"; // rg:secret
    public string SessionKeyId { get; } = "ASIAR4IZCZ5C4A4KTSQR"; // rg:secret
    private const string ReleaseBotPat = "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"; // rg:secret
    private static readonly string s_gitlabToken = "glpat-Jo-Bl9P_Mh6Z9lYj681I"; // rg:secret
    private const string RunnerRegistration = "glrt-BIbhMpv-GA8oOp1u-GIy"; // rg:secret
    private const string DeployToken = "gldt-IZyPdekT4WDtL4WXeV4N"; // rg:secret
    private const string SocketModeToken = "xapp-1-A0T5S9HO7UQ-2565936645892-b9c8327f60534abcc19951b2b5afd6619255baa7e56fb63287408705176fed6e"; // rg:secret
    public Uri AlertsWebhook { get; } = new("https://hooks.slack.com/services/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"); // rg:secret
    private const string StripeSecret = "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"; // rg:secret
    private const string TwilioAuthToken = "02e97b741f00bfe4510347c1feeb68b6"; // rg:secret
    private static readonly string s_sendGrid = "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"; // rg:secret
    private const string MailchimpKey = "d2304c0a5c749e6e016bad3448d2138a-us21"; // rg:secret
    private const string Blobs = "DefaultEndpointsProtocol=https;AccountName=invoices;AccountKey=gvSkgWOshA9MlQL/h+BQ+IrYd4tU2msA8tvaivOs7nxC4uxjaVbaJJSbJVs/KR/rwWFvY2TlLdlwvT6xxeXH5Q==;EndpointSuffix=core.windows.net"; // rg:secret
    private const string Queue = "Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=6vVnsxzs78ev37DLwFkwgzXMJjVYaRCPO4goLbEobJM="; // rg:secret
    private const string Cosmos = "AccountEndpoint=https://catalog.documents.azure.com:443/;AccountKey=H8zILK5SOqrR5bt2S4hg6FoCEhssF0VUyEnZjZtdRl+u9bKBSxgn2xDncerEyXpxMux9vNWhcG53+wJ8fY3DCg==;"; // rg:secret
    public string ExportSas { get; } = "https://exports.blob.core.windows.net/daily?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&sig=2KI55wKDzoLmH5%2BN4gnkRnUeI%2Bxmv0ba9Epxbo5XeFs%3D"; // rg:secret
    private const string ClaudeKey = "sk-ant-api03-AR77wRsacJXAYGhjtXoghXb7BYbVfAjUamGGs51YXidv_Ky_32CFDxBAvX_NXOfMl6JM8tmgItJEDyEULB_CtGFI7DjZ5AA"; // rg:secret
    private const string ServiceAccountKey = "sk-svcacct-J16eVec__rO-97XWKpQqe8Kh6_Lf_Mf4RVcKDi9H2Wu3ZvzGN932uo3MUaluFBNLLZIgmgsiuW"; // rg:secret
    private const string NpmPublish = "npm_yJeYPyrgmarzyUsbAh5pvqnTVl7xiTIZaaBf"; // rg:secret
    private const string PypiUpload = "pypi-AgEIcHlwaS5vcmcqvHfct1cO7anKFv1ew89Tl9IrOvF2_uXiWJCY5_acQ66jDDLkRXaTf-zbkRKLl1zntQjOR"; // rg:secret
    private const string ShopifyAdmin = "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"; // rg:secret
    private const string DigitalOcean = "dop_v1_13a8e4e0401021e27752c96018e1b6b1404961a22692b7aed662650f35898568"; // rg:secret
    private const string PostmanKey = "PMAK-8919b89301c9dfd29486d6d6-0c810a4da60d1639be18d4a17c7bde4f5d"; // rg:secret
    private const string DopplerToken = "dp.st.prd.U15QePqRN0uFiJDwKQESUgOS9DhUu6P9LXHiox3V"; // rg:secret
    private const string HerokuApiKey = "f1e968c6-f4d6-ac23-34fd-c19578fdf1a5"; // rg:secret
    private const string DatadogApiKey = "99e70f7e747bb2721fcefaf36c517718"; // rg:secret
    private const string DiscordBot = "MTyYssGu9FBg6ivtJsAZEkjcO9.wJLdK_.hHU_4hIhfSEpNb5dcZ4BBENQfgx0W6K3tsUuva"; // rg:secret
    private const string TelegramBot = "1618562657:AAn16E360BgyGTAIbL2gr1f35L5adhn0v3i"; // rg:secret
    private const string AgeIdentity = "AGE-SECRET-KEY-1NLKGNREPEKAFSA0YH3A4LE4D29L9K9FYNZSJ3WGVZ29FLS3MX422D8XD02"; // rg:secret
    private const string SigningKey = "-----BEGIN RSA PRIVATE KEY-----\nNHF1PosaiomrRi/x2nmeep8rtOCtCqW2V3Oa3oe4QeC5EqO0Kf4e4Tq3rhG49OwMIzoEDUvvs/SKYdYGCcbGpNUTU9zz0nt5GLal7X1w06a8bIt6ZYEG/7y9rxGZ5vlE\n-----END RSA PRIVATE KEY-----"; // rg:secret
    private const string DeviceKey = "-----BEGIN EC PRIVATE KEY-----\nrbj8tI4cCuYhHsHwfugK2hsgAOOodtJ7tJ/OAnuS7aWL6HoD41iZHs00elBmwC9h4Wdc1yFZJYtZW3n1rcFJlS32ZZWT7I9HOdEWmGQte18NnvOMQlHqFZhVCicHCP/k\n-----END EC PRIVATE KEY-----"; // rg:secret
    private const string DeployKey = "-----BEGIN OPENSSH PRIVATE KEY-----\n2KDSbQL5fNSoachcATyLQ4qa+wUsY8wc1S1VvKVi3CXhnOciciRLk8bz3iD0XZQRxaU38JdBG39VDYND8KYxcVJZssXnSAiFs9MePEb7K8NTefwZDYazxOeXtuIo/IlB\n-----END OPENSSH PRIVATE KEY-----"; // rg:secret
    private const string TlsKey = "-----BEGIN PRIVATE KEY-----\nT8I7zHI81MBVyZBVoTBQzJvmhJyKMUUHS5VYXNGeB1PRBMqRvYpcaL+TaHlluEDFWrslcBcj7A181jMCiwywZQ==\n-----END PRIVATE KEY-----"; // rg:secret
    private const string Orders = "postgresql://orders_app:sdGcuubjiH03%4@db.internal:5432/orders"; // rg:secret
    private const string Mongo = "mongodb+srv://svc-catalog:tTmXJAdIiRET!6@cluster0.ab1cd.mongodb.net/catalog?retryWrites=true"; // rg:secret
    private const string Rabbit = "amqps://billing:QKDOel5BKWEK+7@mq.internal:5671/prod"; // rg:secret
    private const string Billing = "Data Source=sql01;Initial Catalog=Billing;User ID=billing;Password=NDkTjQJnZM93#4;TrustServerCertificate=True"; // rg:secret
    private const string MySql = "Server=mysql.internal;Uid=root;Pwd=SxqGzrYRCGCe*2;Database=shop"; // rg:secret
    private const string Cache = "cache.internal:6380,password=ratnqZn1F5yfJ4O3oofoyY4tULBfFsVh,ssl=True,abortConnect=False"; // rg:secret
    public Uri Drop { get; } = new("ftp://deploy:5QA6fQHcnmHL%2@files.example.net/releases/"); // rg:secret
    private static readonly byte[] s_hmacKey = Convert.FromBase64String("QRwi0kiMH81RGJCJh30Z123n0GugoIgLFMjARPhz1cY="); // rg:secret
    private const string Passphrase = "Quarry-Tulip-Velvet-28"; // rg:secret
    private const string LegacyDb = @"Server=legacy\sql;Database=erp;User Id=erp;Password=38J0zzWtbPNO!0;"; // rg:secret
    private const string MwsToken = "amzn.mws.b81fbc7c-4360-3761-c45f-200c6ab2d602"; // rg:secret
    public void Connect(string host, string password = "DcLsOFc29Z0r-5") { } // rg:secret
    [Connection(Password = "sXdOxi8gwhtm#8")] // rg:secret
    public void Legacy() { }

    public void Configure(HttpClient client, SmtpSettings smtp, ApiOptions options, string userId)
    {
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "3lTqQ2oRHtpuLxy/TMEXmFPkKUu8SMWYdpzkChOQ"); // rg:secret
        var github = new Credentials("ghp_0BfaHFpAOlZfzIOaYnm6K9fsuThNEKCjIKrV"); // rg:secret
        var installationToken = "ghs_u8NT0sMNwulGLBl8IU1NVQmi34Zs2g5bfULw"; // rg:secret
        var slack = new SlackClient("xoxb-687127723529-6877599681895-W8PkHyAlpLEZoDEkIL783A2e"); // rg:secret
        var restricted = "rk_live_cft3z2mLll2PDHaQmrIFzntD"; // rg:secret
        options.ApiKey = "key-aaa42dbce71d23f9ff3f77509926723b"; // rg:secret
        var maps = new Uri("https://maps.googleapis.com/maps/api/geocode/json?key=AIzaI-Ea5W2zrO_UNqDAc2qj6hU17DqDRVa8TN9"); // rg:secret
        var google = new OAuthClient { ClientId = "web", ClientSecret = "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" }; // rg:secret
        var credential = new ClientSecretCredential("tenant", "client", "PcP8Q~HFHqbtTDggAFLjx.NqtnYiLFyO_N5glA2H"); // rg:secret
        var openAi = new ChatClient("gpt-4o-mini", "sk-proj-4t4rMi0O_wgZM3nsqgyEmpOTq1vlArWc_ov6RQTCgcL3UqEYk5vsEJbQklvKA8JzuPShrNCZkBIO6hhfNFiw7jc6IEgfWO5wEtqk6X46bTt-Upb6h6yw1aKEwRqWM2He6u1YoQ-maRuAdkMvpurEJ7hPazFD"); // rg:secret
        var hub = new HubClient(token: "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"); // rg:secret
        var push = new[] { "nuget", "push", "-k", "oy27ojz16hw4rsuoj69ctw3k6i1g5wf4b3f0463i54eoko" }; // rg:secret
        var databricks = new DatabricksClient("https://adb-1234.azuredatabricks.net", "dapi0474d1db01e5685e1d30a6972f264378"); // rg:secret
        client.DefaultRequestHeaders.Add("Authorization", "Bearer eyJhbGciOiAiUlMyNTYiLCAia2lkIjogIlNGNUJMS1JFIiwgInR5cCI6ICJKV1QifQ.eyJzdWIiOiAiODQ5NzYwNjg4IiwgImF1ZCI6ICJvcmRlcnMtYXBpIiwgImV4cCI6IDE3NjcyMzI2MjF9.y-NmEZ2FSV1xygfG7n0ovtr6CysGBWfVFQ5QTQaDqA1AWRY9RfU03TGWv4ksgn5Gia4QpvbwpbE8INXNZtDZOg"); // rg:secret
        var serviceToken = "eyJhbGciOiAiUlMyNTYiLCAia2lkIjogIjFRRFpEQzZOIiwgInR5cCI6ICJKV1QifQ.eyJzdWIiOiAiOTA0MDk5MTc4IiwgImF1ZCI6ICJvcmRlcnMtYXBpIiwgImV4cCI6IDE3NjcyMjgwNTR9.4MuTRk_6jr3wslvvqdlJioVaZFeWyPdsVTyL4WE19VD7LP9IBvciC2E8F1XHndxoXW5Fc-q-vWIgAfAeojwSXA"; // rg:secret
        client.DefaultRequestHeaders.Add("Authorization", "Basic ZGVwbG95OnhuRERTRmRqMWdiSSo3"); // rg:secret
        var ldap = new NetworkCredential("svc-ldap", "eUfm0NTJ2oUM1y+2", "CORP"); // rg:secret
        smtp.Password = "gZWCNo96d9-0"; // rg:secret
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_secret"] = "wVW8KPiPUtvtdgaN.56BNcq0EWUDWQOcn_fT.srt" }; // rg:secret
        client.DefaultRequestHeaders.Add("X-Api-Key", "7XamS6SatXjOJX9KIpku4a8Xt45TVZk1"); // rg:secret
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "39c6d869f77647f13c94b893e6d485c0"); // rg:secret
        ReadOnlySpan<byte> webhook = "whsec_U25jM6FJ6g8ERHTOOVQm7ClFt202pVWa"u8; // rg:secret
        var url = $"https://api.example.com/v2/reports?user={userId}&api_key=eMO3M2K0iT0adQ8TQHUaNYNdB1gqB7Um"; // rg:secret
        GC.KeepAlive((github, installationToken, slack, restricted, maps, google, credential, openAi, hub, push));
        GC.KeepAlive((databricks, serviceToken, ldap, form, webhook.Length, url));
    }
}
