using System.Collections.Concurrent;

namespace FlowBuilder.Campaigns.Dialing;

/// <summary>The attempts in flight on this node by flow instance id (<see cref="ILiveAttempts"/>), kept by the dialer.</summary>
internal sealed class LiveAttempts : ILiveAttempts
{
    private readonly ConcurrentDictionary<string, LiveAttempt> _byInstance = new(StringComparer.Ordinal);

    public LiveAttempt? FindByInstance(string instanceId) => _byInstance.GetValueOrDefault(instanceId);

    public void Add(string instanceId, LiveAttempt attempt) => _byInstance[instanceId] = attempt;

    public void Remove(string instanceId) => _byInstance.TryRemove(instanceId, out _);

    public int Count => _byInstance.Count;
}
