using FlowBuilder.Campaigns.Dialing;

namespace FlowBuilder.Campaigns.Tests.Operators;

/// <summary>The dialer's live attempts: the next expected attempt is bound to the first flow instance that asks for one.</summary>
internal sealed class FakeLiveAttempts : ILiveAttempts
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LiveAttempt> _byInstance = new(StringComparer.Ordinal);
    private readonly Queue<LiveAttempt> _expected = new();

    public void Expect(LiveAttempt attempt)
    {
        lock (_gate) _expected.Enqueue(attempt);
    }

    public LiveAttempt? FindByInstance(string instanceId)
    {
        lock (_gate)
        {
            if (_byInstance.TryGetValue(instanceId, out var known)) return known;
            if (!_expected.TryDequeue(out var next)) return null;
            next.Attempt = next.Attempt with { InstanceId = instanceId };
            _byInstance[instanceId] = next;
            return next;
        }
    }
}
