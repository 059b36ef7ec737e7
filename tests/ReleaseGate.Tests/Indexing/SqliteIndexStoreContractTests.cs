using ReleaseGate.Indexing;

namespace ReleaseGate.Tests.Indexing;

public sealed class SqliteIndexStoreContractTests : IndexStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override async Task<IIndexStore> CreateStoreAsync() =>
        await SqliteIndexStore.OpenAsync(_folder.File("index.db"));

    public void Dispose() => _folder.Dispose();
}
