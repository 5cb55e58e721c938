namespace FlowBuilder.Engine.Calls.Simulator;

public sealed partial class CallSimulator
{
    public ValueTask<BridgeResult> BridgeAsync(string callId, string otherCallId, BridgeOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        SimulatedBridge bridge;
        lock (_gate)
        {
            if (callId == otherCallId) return ValueTask.FromResult(BridgeResult.Failed($"Call '{callId}' cannot be bridged to itself."));
            if (!_calls.TryGetValue(callId, out var first)) return ValueTask.FromResult(BridgeResult.Failed($"The simulator has no call '{callId}'."));
            if (!_calls.TryGetValue(otherCallId, out var second)) return ValueTask.FromResult(BridgeResult.Failed($"The simulator has no call '{otherCallId}'."));
            foreach (var call in (ReadOnlySpan<SimulatedCall>)[first, second])
            {
                if (call.State == SimulatedCallState.Ended)
                    return ValueTask.FromResult(new BridgeResult(BridgeStatus.HungUp, call.Info.Id, HangUpCause.RemoteHangUp));
                if (!call.IsUp) return ValueTask.FromResult(BridgeResult.Failed($"Call '{call.Info.Id}' is not answered: answer it before bridging."));
                if (call.Bridge is not null) return ValueTask.FromResult(BridgeResult.Failed($"Call '{call.Info.Id}' is already bridged."));
            }
            bridge = new SimulatedBridge(first, second, options);
            first.Bridge = second.Bridge = bridge;
            Record(first, SimulatedCallEventKind.Bridged, e => e with { Text = second.Info.Id });
            Record(second, SimulatedCallEventKind.Bridged, e => e with { Text = first.Info.Id });
        }
        return WaitForBridgeAsync(bridge, cancellationToken);
    }

    /// <summary>
    /// The party of <paramref name="callId"/> asks to transfer the other party of its bridge to <paramref name="target"/>
    /// (what a phone's REFER does). Returns null when the bridge's owner allowed it (the bridge then ends with
    /// <see cref="BridgeStatus.TransferRequested"/>), else the reason it was refused.
    /// </summary>
    /// <exception cref="InvalidOperationException">The call is unknown.</exception>
    public async ValueTask<string?> RequestTransferAsync(string callId, string target, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        SimulatedBridge? bridge;
        lock (_gate)
        {
            var call = Require(callId);
            bridge = call.Bridge;
            Record(call, SimulatedCallEventKind.TransferRequested, e => e with { Text = target });
        }
        if (bridge is null) return "Transfer is only possible during a bridged call.";
        var refusal = bridge.Options.CheckTransfer is { } check
            ? await check(callId, target, cancellationToken).ConfigureAwait(false)
            : "Transfers are not allowed on this call.";
        if (refusal is not null) return refusal;
        lock (_gate) EndBridge(bridge, new BridgeResult(BridgeStatus.TransferRequested, callId, TransferTarget: target));
        return null;
    }

    /// <summary>The next transfer request (REFER) the flow sends on <paramref name="callId"/> is refused with <paramref name="statusCode"/>
    /// (e.g. 501 for a phone without REFER); by default the party accepts and the leg ends.</summary>
    public void ScriptTransferRefusal(string callId, int statusCode)
    {
        lock (_gate) Require(callId).TransferRefusal = statusCode;
    }

    public ValueTask<TransferResult> TransferAsync(string callId, string target, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        lock (_gate)
        {
            if (!_calls.TryGetValue(callId, out var call)) return ValueTask.FromResult(new TransferResult(TransferStatus.Failed, Error: $"The simulator has no call '{callId}'."));
            if (call.State == SimulatedCallState.Ended) return ValueTask.FromResult(new TransferResult(TransferStatus.HungUp));
            if (!call.IsUp) return ValueTask.FromResult(new TransferResult(TransferStatus.Failed, Error: $"Call '{callId}' is not answered: only an answered call can be transferred."));
            Record(call, SimulatedCallEventKind.TransferredTo, e => e with { Text = target });
            if (call.TransferRefusal is { } refusal)
            {
                call.TransferRefusal = null;
                return ValueTask.FromResult(new TransferResult(TransferStatus.Refused, refusal, $"The party refused the transfer ({refusal})."));
            }
            End(call, HangUpSide.Flow, HangUpCause.Normal, CallDisposition.Answered, sipStatus: null);
            return ValueTask.FromResult(new TransferResult(TransferStatus.Transferred, 200));
        }
    }

    private async ValueTask<BridgeResult> WaitForBridgeAsync(SimulatedBridge bridge, CancellationToken cancellationToken)
    {
        using var registration = cancellationToken.Register(() =>
        {
            lock (_gate) EndBridge(bridge, BridgeResult.Unbridged);
        });
        return await bridge.Ended.Task.ConfigureAwait(false);
    }

    /// <summary>Under the lock: both legs leave the bridge; the legs still up record it.</summary>
    private void EndBridge(SimulatedBridge bridge, BridgeResult result)
    {
        if (!bridge.Ended.TrySetResult(result)) return;
        foreach (var call in (ReadOnlySpan<SimulatedCall>)[bridge.First, bridge.Second])
        {
            call.Bridge = null;
            if (call.State != SimulatedCallState.Ended) Record(call, SimulatedCallEventKind.Unbridged, e => e with { Text = bridge.Other(call).Info.Id });
        }
    }
}
