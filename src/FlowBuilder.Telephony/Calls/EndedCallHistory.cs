using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Telephony.Calls;

/// <summary>The last calls that ended, with their final RTP counters, so <see cref="SipCallControl.Find"/> and
/// <see cref="SipCallControl.MediaCounters"/> still know them for a while; oldest forgotten first.</summary>
internal sealed class EndedCallHistory(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (CallInfo Call, SipCallMediaCounters? Media)> _calls = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public void Add(CallInfo call, SipCallMediaCounters? media)
    {
        lock (_gate)
        {
            if (!_calls.TryAdd(call.Id, (call, media))) return;
            _order.Enqueue(call.Id);
            while (_order.Count > capacity) _calls.Remove(_order.Dequeue());
        }
    }

    public CallInfo? Find(string callId)
    {
        lock (_gate) return _calls.TryGetValue(callId, out var ended) ? ended.Call : null;
    }

    public SipCallMediaCounters? Media(string callId)
    {
        lock (_gate) return _calls.TryGetValue(callId, out var ended) ? ended.Media : null;
    }
}
