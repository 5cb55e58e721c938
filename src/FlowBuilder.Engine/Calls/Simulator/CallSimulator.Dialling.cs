namespace FlowBuilder.Engine.Calls.Simulator;

public sealed partial class CallSimulator
{
    private readonly Dictionary<string, ScriptedDial> _scripts = new(StringComparer.Ordinal);

    /// <summary>Outbound calls to <paramref name="number"/> end with <paramref name="status"/> after
    /// <paramref name="after"/> of ringing (default: at once, or at the ring timeout for no-answer). A call that
    /// would ring longer than its ring timeout is no-answer. Numbers never scripted answer at once.</summary>
    public void ScriptDial(string number, DialStatus status, TimeSpan? after = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        lock (_gate) _scripts[number] = new ScriptedDial(status, after);
    }

    public async ValueTask<DialResult> DialAsync(DialRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var callId = request.CallId ?? NewCallId();
        if (!callId.StartsWith(ChannelName + "-", StringComparison.Ordinal))
            throw new ArgumentException($"Call id '{callId}' must start with '{ChannelName}-'.", nameof(request));
        SimulatedCall call;
        DialStatus status;
        TimeSpan ringFor;
        Task ringing;
        lock (_gate)
        {
            var info = new CallInfo(callId, ChannelName, CallDirection.Outbound, request.CallerId ?? ChannelName, request.To, _time.GetUtcNow());
            call = new SimulatedCall(info) { Owner = request.Owner, Trunk = request.Trunk };
            _calls[callId] = call;
            var script = _scripts.GetValueOrDefault(request.To) ?? new ScriptedDial(DialStatus.Answered, TimeSpan.Zero);
            (status, ringFor) = (script.Status, script.After ?? (script.Status == DialStatus.NoAnswer ? request.RingTimeout : TimeSpan.Zero));
            var ringsOut = status == DialStatus.NoAnswer ? ringFor > request.RingTimeout : ringFor >= request.RingTimeout && ringFor > TimeSpan.Zero;
            if (ringsOut) (status, ringFor) = (DialStatus.NoAnswer, request.RingTimeout);
            // Ringing starts before the dial is recorded, so a test that waits for the entry and then advances a fake clock ends it.
            ringing = ringFor > TimeSpan.Zero ? Task.WhenAny(Task.Delay(ringFor, _time, cancellationToken), call.Ended.Task) : Task.CompletedTask;
            Record(call, SimulatedCallEventKind.Dialling, e => e with { Text = request.To });
        }
        try
        {
            await ringing.ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
        catch (OperationCanceledException)
        {
            await HangUpAsync(callId, HangUpCause.Cancelled, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        lock (_gate)
        {
            if (call.State == SimulatedCallState.Ended) return new DialResult(DialStatus.Failed, Reason: "The call was ended while it rang.");
            if (status == DialStatus.Answered)
            {
                call.State = SimulatedCallState.Up;
                call.Info = call.Info with { AnsweredAt = _time.GetUtcNow() };
                Record(call, SimulatedCallEventKind.Answered);
                return new DialResult(DialStatus.Answered, call.Info, 200);
            }
            var (cause, disposition, sipStatus, reason) = status switch
            {
                DialStatus.Busy => (HangUpCause.Busy, CallDisposition.Busy, 486, "Busy Here"),
                DialStatus.NoAnswer => (HangUpCause.NoAnswer, CallDisposition.NoAnswer, 480, "No answer"),
                _ => (HangUpCause.Failed, CallDisposition.Failed, 503, "Service Unavailable"),
            };
            End(call, HangUpSide.Remote, cause, disposition, sipStatus);
            return new DialResult(status, null, sipStatus, reason);
        }
    }
}
