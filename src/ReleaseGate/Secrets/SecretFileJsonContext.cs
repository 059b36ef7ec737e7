using System.Text.Json.Serialization;

namespace ReleaseGate.Secrets;

/// <summary>Source-generated JSON metadata for the store file, so reading it needs no reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SecretFileDocument))]
internal sealed partial class SecretFileJsonContext : JsonSerializerContext;
