using System.Collections.Concurrent;

namespace FlowBuilder.Activities.Http;

/// <summary>Callback tokens whose wait has not suspended yet (the notification is in flight), with their instance:
/// a callback that arrives this early is delivered to the instance and kept until the wait begins.</summary>
public sealed class WaitForCallbackPending
{
    private readonly ConcurrentDictionary<string, string> _instances = new(StringComparer.Ordinal);

    public string? FindInstance(string token) => _instances.GetValueOrDefault(token);

    internal void Add(string token, string instanceId) => _instances[token] = instanceId;

    internal void Remove(string token) => _instances.TryRemove(token, out _);
}
