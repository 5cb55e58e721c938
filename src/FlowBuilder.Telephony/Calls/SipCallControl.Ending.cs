using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Sip.UserAgent;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Telephony.Calls;

public sealed partial class SipCallControl
{
    /// <summary>Raised once per leg after its CDR was handed to the <see cref="ICallRecordStore"/>.</summary>
    public event Action<CallDetailRecord>? CallRecorded;

    public async ValueTask HangUpAsync(string callId, HangUpCause cause, CancellationToken cancellationToken)
    {
        if (!_legs.TryGetValue(callId, out var leg)) return;
        SipCallLegState state;
        SipCall? call;
        lock (leg.Gate)
        {
            state = leg.State;
            call = leg.Call;
            if (state == SipCallLegState.Dialling) leg.DialHangUpCause = cause;
        }
        switch (state)
        {
            case SipCallLegState.Ringing:
                await RejectAsync(callId, RejectionStatus(cause), cause, cancellationToken).ConfigureAwait(false);
                break;
            case SipCallLegState.Dialling:
                await leg.DialCancellation.CancelAsync().ConfigureAwait(false);
                await leg.Ended.WaitAsync(cancellationToken).ConfigureAwait(false);
                break;
            case SipCallLegState.Answering or SipCallLegState.Answered:
                await EndAsync(leg, cause, null, null).ConfigureAwait(false);
                if (call is not null) await HangUpSipAsync(call).WaitAsync(cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private static int RejectionStatus(HangUpCause cause) => cause switch
    {
        HangUpCause.Busy => 486,
        HangUpCause.NotFound => 404,
        HangUpCause.Overloaded => 503,
        HangUpCause.Failed => 500,
        _ => 480,
    };

    private async Task HangUpSipAsync(SipCall call)
    {
        try
        {
            await call.HangUpAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or System.Net.Sockets.SocketException or TimeoutException)
        {
            _logger.LogWarning(e, "BYE for {Dialog} failed", call.Dialog.Id);
        }
    }

    /// <summary>Ends a leg once: stops its media, wakes its waiters, remembers it, writes its CDR.</summary>
    /// <param name="disposition">Null derives it: answered legs are Answered, others from the cause.</param>
    private async ValueTask EndAsync(SipCallLeg leg, HangUpCause cause, CallDisposition? disposition, int? sipStatus)
    {
        CallInfo info;
        CallOwner? owner;
        lock (leg.Gate)
        {
            if (leg.State == SipCallLegState.Ended) return;
            leg.State = SipCallLegState.Ended;
            leg.EndCause = cause;
            info = leg.Info;
            owner = leg.Owner;
        }
        leg.Digits.Close();
        leg.MarkEnded();
        _legs.TryRemove(leg.Id, out _);
        if (leg.Call is { } call) _bySipCall.TryRemove(call, out _);
        _ended.Add(info, CountersOf(leg));
        await StopMediaAsync(leg).ConfigureAwait(false);
        if (leg.Recording is { } recording) await FinishRecordingAsync(recording).ConfigureAwait(false);

        var finalDisposition = disposition ?? (info.AnsweredAt is not null ? CallDisposition.Answered : cause switch
        {
            HangUpCause.Busy => CallDisposition.Busy,
            HangUpCause.NoAnswer => CallDisposition.NoAnswer,
            HangUpCause.Cancelled => CallDisposition.Cancelled,
            HangUpCause.NotFound or HangUpCause.Overloaded => CallDisposition.Rejected,
            _ => CallDisposition.Failed,
        });
        var status = sipStatus ?? (info.AnsweredAt is not null ? 200 : null);
        await StoreAsync(new CallDetailRecord(
            info.Id, ChannelName, info.Direction, info.From, info.To, info.StartedAt, info.AnsweredAt, _time.GetUtcNow(), finalDisposition, cause, status,
            owner?.CompanyId, owner?.FlowId, owner?.InstanceId, leg.Trunk)).ConfigureAwait(false);
    }

    private async ValueTask StoreAsync(CallDetailRecord record)
    {
        try
        {
            await _records.AddAsync(record, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Storing the CDR of call {CallId} failed", record.CallId);
        }
        CallRecorded?.Invoke(record);
    }
}
