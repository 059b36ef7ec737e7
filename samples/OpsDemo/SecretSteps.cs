using Microsoft.Extensions.Time.Testing;
using ReleaseGate.Secrets;

namespace OpsDemo;

/// <summary>Step 7: rotate a secret with a grace window, then close the window early.</summary>
internal sealed class SecretSteps(DemoWorkspace workspace, FakeTimeProvider clock, Evidence evidence)
{
    private const string Name = "assistant-api-key";

    public void RotateWithGrace()
    {
        evidence.Step($"7. Rotate {Name} with a one-hour grace window ({workspace.SecretsFile}, encrypted)");
        var options = new SecretStoreOptions().UseEncryptedFile(workspace.SecretsFile, SecretStoreKey.Generate());
        var store = new SecretStore(options, clock);
        var old = store.Rotate(Name, TimeSpan.Zero).Value.Reveal();
        var rotation = store.Rotate(Name, TimeSpan.FromHours(1));
        var current = rotation.Value.Reveal();
        evidence.Show($"current version {rotation.Status.CurrentVersion}, previous version " +
            $"{rotation.Status.PreviousVersion} valid until {rotation.Status.GraceEndsAt:u}");

        clock.Advance(TimeSpan.FromMinutes(10));
        var oldVersion = store.FindValidVersion(Name, old);
        var newVersion = store.FindValidVersion(Name, current);
        evidence.Show($"10 minutes later: old secret accepted as version {oldVersion}, new as version {newVersion}");
        evidence.Check(oldVersion == 1 && newVersion == 2, "both secrets work during the grace window");

        var status = store.ExpireGrace(Name);
        var oldAfter = store.Validate(Name, old);
        var newAfter = store.Validate(Name, current);
        evidence.Show($"after ExpireGrace: open windows {status.GraceWindows.Count}, old accepted {oldAfter}, " +
            $"new accepted {newAfter}");
        evidence.Check(!oldAfter && newAfter, "after ExpireGrace only the new secret works");
    }
}
