using FlowBuilder.Engine.Calls;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Engine.CallCentre;

public sealed partial class CallConnector
{
    private async ValueTask<ConnectResult> BridgeAsync(
        ICallControl channel, string callerCallId, CallInfo callee, ReachResult reached, ConnectOptions options, CancellationToken cancellationToken)
    {
        var bridgeOptions = new BridgeOptions { CheckTransfer = (_, to, ct) => CheckTransferAsync(options, to, ct) };
        var started = _time.GetUtcNow();
        var caller = callerCallId;
        var callerLeft = false;
        var recordingTried = false;
        string? recordingId = null;
        string? transferError = null;
        ConnectResult Ended(string endedBy, bool callerUp, string? error = null) =>
            new(ConnectStatus.Connected, callee, reached.AnsweredBy, reached.SipStatus, error ?? transferError)
            {
                EndedBy = endedBy,
                CallerUp = callerUp,
                TalkTime = _time.GetUtcNow() - started,
                RecordingId = recordingId,
            };

        while (true)
        {
            var bridging = channel.BridgeAsync(caller, callee.Id, bridgeOptions, cancellationToken);
            if (options.Recording is { } recording && !recordingTried)
            {
                recordingTried = true;
                var start = await channel.StartRecordingAsync(callerCallId, recording, cancellationToken).ConfigureAwait(false);
                recordingId = start.RecordingId;
                if (recordingId is null) _logger.LogWarning("Recording call {CallId} did not start: {Status} {Error}", callerCallId, start.Status, start.Error);
            }
            var result = await bridging.ConfigureAwait(false);
            switch (result.Status)
            {
                case BridgeStatus.HungUp when result.EndedCallId == caller:
                    await HangUpQuietlyAsync(channel, callee.Id, HangUpCause.Normal).ConfigureAwait(false);
                    return Ended(ConnectResult.Caller, callerUp: false);
                case BridgeStatus.HungUp:
                    var failed = result.Cause is HangUpCause.MediaTimeout or HangUpCause.Failed;
                    if (failed || callerLeft) await HangUpQuietlyAsync(channel, caller, HangUpCause.Normal).ConfigureAwait(false);
                    return Ended(callerLeft ? ConnectResult.Caller : ConnectResult.CalleeSide, callerUp: !failed && !callerLeft,
                        failed ? $"The called party's leg failed ({result.Cause}); the caller was hung up." : null);
                case BridgeStatus.TransferRequested:
                    var asker = result.EndedCallId!;
                    var next = await ReachTransferTargetAsync(channel, result.TransferTarget!, options, cancellationToken).ConfigureAwait(false);
                    if (next.Status != DialStatus.Answered || next.Call is null)
                    {
                        transferError = $"Transfer to {result.TransferTarget} failed: {next.Reason ?? next.Status.ToString()}.";
                        continue;
                    }
                    transferError = null;
                    await HangUpQuietlyAsync(channel, asker, HangUpCause.Normal).ConfigureAwait(false);
                    if (asker == caller)
                    {
                        // The caller handed the callee on: the callee takes the caller's place, and nobody is left for the flow.
                        callerLeft = true;
                        caller = callee.Id;
                    }
                    callee = next.Call;
                    reached = next;
                    continue;
                case BridgeStatus.Unbridged:
                    await HangUpQuietlyAsync(channel, callee.Id, HangUpCause.Normal).ConfigureAwait(false);
                    if (callerLeft) await HangUpQuietlyAsync(channel, caller, HangUpCause.Normal).ConfigureAwait(false);
                    cancellationToken.ThrowIfCancellationRequested();
                    return Ended(ConnectResult.Caller, callerUp: !callerLeft, "The bridge was cancelled.");
                default:
                    await HangUpQuietlyAsync(channel, callee.Id, HangUpCause.Normal).ConfigureAwait(false);
                    return new ConnectResult(ConnectStatus.Failed, callee, reached.AnsweredBy, reached.SipStatus, result.Error ?? "The calls could not be bridged.")
                    {
                        CallerUp = !callerLeft,
                        RecordingId = recordingId,
                    };
            }
        }
    }

    private async ValueTask<ReachResult> ReachTransferTargetAsync(ICallControl channel, string to, ConnectOptions options, CancellationToken cancellationToken)
    {
        var resolution = await _targets.ResolveAsync(options.CompanyId, to, cancellationToken).ConfigureAwait(false);
        return resolution.Target is { } target
            ? await ReachAsync(channel, target, options, cancellationToken).ConfigureAwait(false)
            : ReachResult.Failed(resolution.Error ?? $"'{to}' is not a call target.");
    }

    /// <summary>The bridge's transfer policy: null allows, a reason refuses.</summary>
    private async ValueTask<string?> CheckTransferAsync(ConnectOptions options, string to, CancellationToken cancellationToken)
    {
        if (!options.AllowTransfers) return "Transfers are not allowed on this call.";
        var resolution = await _targets.ResolveAsync(options.CompanyId, to, cancellationToken).ConfigureAwait(false);
        if (resolution.Target is not { } target) return resolution.Error;
        return target.Kind == CallTargetKind.Number && !options.AllowExternalTransfers
            ? $"Transfer to {to} is not allowed: only the company's extensions and groups."
            : null;
    }
}
