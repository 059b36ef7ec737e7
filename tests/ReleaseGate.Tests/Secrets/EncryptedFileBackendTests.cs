using System.Text;
using Microsoft.Extensions.Time.Testing;
using ReleaseGate.Secrets;

namespace ReleaseGate.Tests.Secrets;

public sealed class EncryptedFileBackendTests : IDisposable
{
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(10);

    private readonly string _folder = Directory.CreateTempSubdirectory("rg-secrets-").FullName;

    private readonly SecretStoreKey _key = SecretStoreKey.Generate();

    private string StorePath => Path.Combine(_folder, "secrets.rgs");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Restart_keeps_versions_values_and_windows_to_the_tick()
    {
        var before = new SecretStoreHarness(backend: Backend());
        var v1 = before.Store.Rotate("api", Grace).Value.Reveal();
        before.Time.Advance(TimeSpan.FromTicks(12_345));
        var v2 = before.Store.Rotate("api", Grace).Value.Reveal();
        before.Store.Rotate("db", new SecretValue("db-password-1"), TimeSpan.Zero);

        var time = new FakeTimeProvider(before.Time.GetUtcNow());
        var after = new SecretStoreHarness(backend: Backend(), time: time);

        Assert.Equal(before.Store.GetStatus("api"), after.Store.GetStatus("api"), StatusComparer.Instance);
        Assert.Equal(["api", "db"], after.Store.Names.Order(StringComparer.Ordinal));
        Assert.Equal(v2, after.Store.GetCurrent("api").Reveal());
        Assert.Equal("db-password-1", after.Store.GetCurrent("db").Reveal());
        time.Advance(Grace - TimeSpan.FromTicks(1));
        Assert.Equal(1, after.Store.FindValidVersion("api", v1));
        time.Advance(TimeSpan.FromTicks(1));
        Assert.False(after.Store.Validate("api", v1));
        Assert.Equal(2, after.Store.FindValidVersion("api", v2));
    }

    [Fact]
    public void The_file_holds_no_value_in_plain_text()
    {
        var harness = new SecretStoreHarness(backend: Backend());
        var value = harness.Store.Rotate("api", Grace).Value.Reveal();

        var bytes = File.ReadAllBytes(StorePath);

        Assert.DoesNotContain(value, Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        Assert.DoesNotContain("api", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(StorePath));
        }
    }

    [Fact]
    public void Every_save_replaces_the_file_and_leaves_no_temporary_file()
    {
        var harness = new SecretStoreHarness(backend: Backend());
        harness.Store.Rotate("api", Grace);
        var first = File.ReadAllBytes(StorePath);

        harness.Store.Rotate("api", Grace);

        Assert.NotEqual(first, File.ReadAllBytes(StorePath));
        Assert.Equal([StorePath], Directory.GetFiles(_folder));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(40)]
    [InlineData(60)]
    [InlineData(-1)]
    public void A_changed_byte_after_the_header_is_reported_as_tampering(int offset)
    {
        new SecretStoreHarness(backend: Backend()).Store.Rotate("api", Grace);
        var bytes = File.ReadAllBytes(StorePath);
        bytes[offset < 0 ? bytes.Length - 1 : offset] ^= 0x01;
        File.WriteAllBytes(StorePath, bytes);

        var error = Assert.Throws<SecretStoreException>(() => new SecretStoreHarness(backend: Backend()));

        Assert.Equal(ReleaseGateErrorCodes.SecretStoreTampered, error.ErrorCode);
        Assert.Contains(StorePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("Restore the file from a backup", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, ReleaseGateErrorCodes.SecretStoreUnreadable)]
    [InlineData(10, ReleaseGateErrorCodes.SecretStoreWrongKey)]
    [InlineData(0, ReleaseGateErrorCodes.SecretStoreUnreadable)]
    public void A_changed_header_is_refused(int offset, string code)
    {
        new SecretStoreHarness(backend: Backend()).Store.Rotate("api", Grace);
        var bytes = File.ReadAllBytes(StorePath);
        bytes[offset] ^= 0x01;
        File.WriteAllBytes(StorePath, bytes);

        var error = Assert.Throws<SecretStoreException>(() => new SecretStoreHarness(backend: Backend()));

        Assert.Equal(code, error.ErrorCode);
        Assert.Contains(StorePath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_file_is_refused()
    {
        new SecretStoreHarness(backend: Backend()).Store.Rotate("api", Grace);
        var bytes = File.ReadAllBytes(StorePath);

        File.WriteAllBytes(StorePath, bytes[..^5]);
        var cutBody = Assert.Throws<SecretStoreException>(() => new SecretStoreHarness(backend: Backend()));
        File.WriteAllBytes(StorePath, bytes[..10]);
        var cutHeader = Assert.Throws<SecretStoreException>(() => new SecretStoreHarness(backend: Backend()));

        Assert.Equal(ReleaseGateErrorCodes.SecretStoreTampered, cutBody.ErrorCode);
        Assert.Equal(ReleaseGateErrorCodes.SecretStoreUnreadable, cutHeader.ErrorCode);
    }

    [Fact]
    public void A_wrong_key_is_reported_as_such()
    {
        new SecretStoreHarness(backend: Backend()).Store.Rotate("api", Grace);

        var wrongKey = new EncryptedFileSecretBackend(StorePath, SecretStoreKey.Generate());
        var error = Assert.Throws<SecretStoreException>(() => new SecretStoreHarness(backend: wrongKey));

        Assert.Equal(ReleaseGateErrorCodes.SecretStoreWrongKey, error.ErrorCode);
        Assert.Contains(StorePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("Pass the key the store was created with", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_refused()
    {
        File.WriteAllText(StorePath, "{\"secrets\":[]}");

        var error = Assert.Throws<SecretStoreException>(() => new SecretStoreHarness(backend: Backend()));

        Assert.Equal(ReleaseGateErrorCodes.SecretStoreUnreadable, error.ErrorCode);
    }

    [Fact]
    public void A_missing_file_is_an_empty_store_that_the_first_change_creates()
    {
        var harness = new SecretStoreHarness(backend: Backend());
        Assert.Empty(harness.Store.Names);
        Assert.False(File.Exists(StorePath));

        harness.Store.Rotate("api", Grace);

        Assert.True(File.Exists(StorePath));
    }

    [Fact]
    public void A_failed_save_changes_nothing_in_memory()
    {
        var blocked = Path.Combine(_folder, "not-a-folder");
        File.WriteAllText(blocked, "a file where the store's folder should be");
        var harness = new SecretStoreHarness(
            backend: new EncryptedFileSecretBackend(Path.Combine(blocked, "secrets.rgs"), _key));

        var error = Assert.Throws<SecretStoreException>(() => harness.Store.Rotate("api", Grace));

        Assert.Equal(ReleaseGateErrorCodes.SecretStoreWriteFailed, error.ErrorCode);
        Assert.Empty(harness.Store.Names);
    }

    [Fact]
    public void Keys_round_trip_through_a_key_file_and_an_environment_variable()
    {
        var keyFile = Path.Combine(_folder, "store.key");
        _key.WriteToFile(keyFile);
        new SecretStoreHarness(backend: Backend()).Store.Rotate("api", new SecretValue("kept"), Grace);
        var variable = "RG_TEST_KEY_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, File.ReadAllText(keyFile));
        try
        {
            var fromFile = new EncryptedFileSecretBackend(StorePath, SecretStoreKey.FromFile(keyFile));
            var fromEnvironment = new EncryptedFileSecretBackend(StorePath, SecretStoreKey.FromEnvironment(variable));

            Assert.Equal("kept", new SecretStoreHarness(backend: fromFile).Store.GetCurrent("api").Reveal());
            Assert.Equal("kept", new SecretStoreHarness(backend: fromEnvironment).Store.GetCurrent("api").Reveal());
            Assert.Throws<IOException>(() => _key.WriteToFile(keyFile));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void Bad_keys_are_refused_with_a_hint(string text)
    {
        var keyFile = Path.Combine(_folder, "bad.key");
        File.WriteAllText(keyFile, text);
        var variable = "RG_TEST_KEY_" + Guid.NewGuid().ToString("N");

        var fromFile = Assert.Throws<SecretStoreException>(() => SecretStoreKey.FromFile(keyFile));
        var fromEnvironment = Assert.Throws<SecretStoreException>(() => SecretStoreKey.FromEnvironment(variable));
        var missing = Assert.Throws<SecretStoreException>(() => SecretStoreKey.FromFile(keyFile + ".missing"));

        Assert.Equal(ReleaseGateErrorCodes.SecretStoreKeyInvalid, fromFile.ErrorCode);
        Assert.Contains(keyFile, fromFile.Message, StringComparison.Ordinal);
        Assert.Contains("openssl rand -base64 32", fromFile.Message, StringComparison.Ordinal);
        Assert.Equal(ReleaseGateErrorCodes.SecretStoreKeyInvalid, fromEnvironment.ErrorCode);
        Assert.Contains(variable, fromEnvironment.Message, StringComparison.Ordinal);
        Assert.Equal(ReleaseGateErrorCodes.PathNotFound, missing.ErrorCode);
    }

    private EncryptedFileSecretBackend Backend() => new(StorePath, _key);

    private sealed class StatusComparer : IEqualityComparer<SecretStatus>
    {
        public static readonly StatusComparer Instance = new();

        public bool Equals(SecretStatus? x, SecretStatus? y) =>
            x is not null && y is not null && x.Name == y.Name && x.CurrentVersion == y.CurrentVersion
            && x.CurrentSince == y.CurrentSince && x.GraceWindows.SequenceEqual(y.GraceWindows);

        public int GetHashCode(SecretStatus obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
