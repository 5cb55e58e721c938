using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Telephony.Calls;

/// <summary>The last calls that ended, so <see cref="SipCallControl.Find"/> still knows them for a while; oldest forgotten first.</summary>
internal sealed class EndedCallHistory(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, CallInfo> _calls = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public void Add(CallInfo call)
    {
        lock (_gate)
        {
            if (!_calls.TryAdd(call.Id, call)) return;
            _order.Enqueue(call.Id);
            while (_order.Count > capacity) _calls.Remove(_order.Dequeue());
        }
    }

    public CallInfo? Find(string callId)
    {
        lock (_gate) return _calls.GetValueOrDefault(callId);
    }
}
