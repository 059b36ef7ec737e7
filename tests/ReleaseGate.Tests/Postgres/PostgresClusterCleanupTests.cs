using System.Diagnostics;

namespace ReleaseGate.Tests.Postgres;

public sealed class PostgresClusterCleanupTests
{
    [Fact]
    public async Task A_cluster_folder_whose_test_host_died_is_removed_and_a_live_hosts_folder_is_kept()
    {
        var dead = Directory.CreateTempSubdirectory(PostgresCluster.FolderPrefix).FullName;
        var live = Directory.CreateTempSubdirectory(PostgresCluster.FolderPrefix).FullName;
        var unstamped = Directory.CreateTempSubdirectory(PostgresCluster.FolderPrefix).FullName;
        try
        {
            // A pid that exists with another start time is a reused pid: its cluster's host is gone too.
            using var self = Process.GetCurrentProcess();
            await File.WriteAllTextAsync(Path.Combine(dead, PostgresCluster.OwnerFile), $"{self.Id} 42");
            await File.WriteAllTextAsync(Path.Combine(live, PostgresCluster.OwnerFile), PostgresCluster.OwnerStamp(self));

            await PostgresCluster.StopOrphanedClustersAsync();

            Assert.False(Directory.Exists(dead));
            Assert.True(Directory.Exists(live));
            Assert.True(Directory.Exists(unstamped));
        }
        finally
        {
            foreach (var folder in new[] { dead, live, unstamped }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
