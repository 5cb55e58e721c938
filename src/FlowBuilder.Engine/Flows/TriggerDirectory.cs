using System.Collections.Concurrent;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Persistence;

namespace FlowBuilder.Engine.Flows;

/// <summary>
/// Finds the flow a trigger (webhook path, dialled number) starts, without a database round trip on
/// every call: bindings found are kept for <see cref="Lifetime"/>, and publishing, retracting or
/// archiving through this process forgets them at once. Another node's change is seen within the
/// lifetime. Unknown keys are not remembered, so a newly published trigger works immediately.
/// </summary>
public sealed class TriggerDirectory(IFlowRepository flows, TimeProvider time)
{
    private readonly ConcurrentDictionary<(TriggerType, string), (TriggerBinding Binding, DateTimeOffset Until)> _bindings = new();

    public static TimeSpan Lifetime { get; } = TimeSpan.FromSeconds(2);

    public async ValueTask<TriggerBinding?> FindAsync(TriggerType type, string key, CancellationToken cancellationToken)
    {
        var normalized = TriggerKeys.Normalize(type, key);
        var now = time.GetUtcNow();
        if (_bindings.TryGetValue((type, normalized), out var known) && known.Until > now) return known.Binding;
        var binding = await flows.FindTriggerAsync(type, normalized, cancellationToken).ConfigureAwait(false);
        if (binding is null) _bindings.TryRemove((type, normalized), out _);
        else _bindings[(type, normalized)] = (binding, now + Lifetime);
        return binding;
    }

    /// <summary>Forgets every binding of a flow (after it is published, retracted or archived here).</summary>
    public void Forget(string companyId, string flowId)
    {
        foreach (var entry in _bindings)
        {
            if (entry.Value.Binding.CompanyId == companyId && entry.Value.Binding.FlowId == flowId) _bindings.TryRemove(entry.Key, out _);
        }
    }
}
