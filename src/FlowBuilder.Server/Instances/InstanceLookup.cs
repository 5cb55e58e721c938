using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Server.Instances;

/// <summary>Finds an instance of the requesting company. Snapshots are written off the hot path, so a
/// read that must see the latest state first waits for queued writes; an instance started moments ago
/// that is not written yet is answered from the engine.</summary>
internal static class InstanceLookup
{
    public static async ValueTask<InstanceSnapshot?> FindAsync(IInstanceStore store, FlowEngine engine, string companyId, string instanceId, bool fresh, CancellationToken cancellationToken)
    {
        if (fresh) await engine.FlushAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        var snapshot = await store.GetAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (snapshot is null && !fresh)
        {
            await engine.FlushAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            snapshot = await store.GetAsync(instanceId, cancellationToken).ConfigureAwait(false);
        }
        // Started moments ago and not written yet: known to the engine, not to the store.
        snapshot ??= engine.PeekUnsaved(instanceId);
        return snapshot is not null && snapshot.CompanyId == companyId ? snapshot : null;
    }
}
