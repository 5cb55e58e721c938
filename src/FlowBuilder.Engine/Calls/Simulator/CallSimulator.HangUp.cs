using Microsoft.Extensions.Logging;

namespace FlowBuilder.Engine.Calls.Simulator;

public sealed partial class CallSimulator
{
    /// <summary>The person on the line hangs up: a ringing inbound call is cancelled, an answered one ends with
    /// <see cref="HangUpCause.RemoteHangUp"/>. Whatever the flow waits for on the call returns HungUp.</summary>
    /// <exception cref="InvalidOperationException">The call is unknown.</exception>
    public void HangUpByCaller(string callId)
    {
        lock (_gate)
        {
            var call = Require(callId);
            if (call.State == SimulatedCallState.Ended) return;
            var wasUp = call.IsUp;
            End(call, HangUpSide.Remote, wasUp ? HangUpCause.RemoteHangUp : HangUpCause.Cancelled,
                wasUp ? CallDisposition.Answered : CallDisposition.Cancelled, sipStatus: null);
        }
    }

    public ValueTask HangUpAsync(string callId, HangUpCause cause, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_calls.TryGetValue(callId, out var call) || call.State == SimulatedCallState.Ended) return ValueTask.CompletedTask;
            var (disposition, status) = call.State switch
            {
                SimulatedCallState.Up => (CallDisposition.Answered, (int?)null),
                _ when call.Info.Direction == CallDirection.Outbound => (CallDisposition.Cancelled, 487),
                _ => (CallDisposition.Rejected, RejectionStatus(cause)),
            };
            End(call, HangUpSide.Flow, cause, disposition, status);
        }
        return ValueTask.CompletedTask;
    }

    private static int RejectionStatus(HangUpCause cause) => cause switch
    {
        HangUpCause.NotFound => 404,
        HangUpCause.Overloaded => 503,
        HangUpCause.Busy => 486,
        _ => 480,
    };

    /// <summary>Ends the leg (under the lock): wakes whatever waits on it, writes its CDR, then records the hang-up.</summary>
    private void End(SimulatedCall call, HangUpSide side, HangUpCause cause, CallDisposition disposition, int? sipStatus)
    {
        call.State = SimulatedCallState.Ended;
        call.Prompt?.Done.TrySetResult(CallOperationResult.HungUp);
        call.Prompt = null;
        call.DigitReader?.TrySetResult(DigitReadResult.HungUp);
        call.DigitReader = null;
        call.Ended.TrySetResult();
        if (call.Bridge is { } bridge) EndBridge(bridge, new BridgeResult(BridgeStatus.HungUp, call.Info.Id, cause));
        StopRecordings(call);
        var info = call.Info;
        var record = new CallDetailRecord(
            info.Id, ChannelName, info.Direction, info.From, info.To, info.StartedAt, info.AnsweredAt, _time.GetUtcNow(),
            disposition, cause, sipStatus, call.Owner?.CompanyId, call.Owner?.FlowId, call.Owner?.InstanceId, call.Trunk);
        _ = WriteRecordThenAnnounceAsync(call, record, side);
    }

    private async Task WriteRecordThenAnnounceAsync(SimulatedCall call, CallDetailRecord record, HangUpSide side)
    {
        try
        {
            await _records.AddAsync(record, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            _logger.LogError(error, "Writing the CDR of simulated call {CallId} failed", record.CallId);
        }
        lock (_gate) Record(call, SimulatedCallEventKind.HungUp, e => e with { By = side, Cause = record.Cause });
    }
}
