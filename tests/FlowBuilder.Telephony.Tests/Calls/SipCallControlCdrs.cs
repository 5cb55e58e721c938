using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Telephony.Tests.Calls;

/// <summary>The CDRs a channel wrote, waitable by call id.</summary>
internal sealed class SipCallControlCdrs
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TaskCompletionSource<CallDetailRecord>> _byCall = [];

    public void Add(CallDetailRecord record) => For(record.CallId).TrySetResult(record);

    public Task<CallDetailRecord> WaitAsync(string callId) => For(callId).Task.WaitAsync(SipChannelHarness.Step);

    public bool Has(string callId) => For(callId).Task.IsCompleted;

    private TaskCompletionSource<CallDetailRecord> For(string callId)
    {
        lock (_gate)
        {
            if (!_byCall.TryGetValue(callId, out var found)) _byCall[callId] = found = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return found;
        }
    }
}
