using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Activities.Telephony;

/// <summary>Blind transfer of the flow's call: REFER (the caller's side calls the target) or a bridge the flow keeps.</summary>
[Activity("telephony.transfer", Category = "Telephony", DisplayName = "Transfer", Waits = true,
    Description = "Hands the call to a target (101, ext:101, group:sales, +1555… or sip:…). Mode 'refer' asks the caller's phone or trunk to call the target " +
        "('transferred': our leg has ended); when that is refused and 'fallback' is on, it dials the target and bridges instead. Mode 'bridge' always bridges: " +
        "'connected' when the target hung up and the caller is still on the line, 'busy', 'no-answer'. 'refused' when the REFER was refused without fallback.")]
[Outcomes("transferred", ConnectOutcomes.Connected, ConnectOutcomes.Busy, ConnectOutcomes.NoAnswer, "refused", CallOutcomes.HungUp, CallOutcomes.Failed)]
[Output("mode", "string", Description = "How the call was handed on: refer or bridge.")]
[Output("sipStatus", "number", Description = "The REFER's status, or the dial's in bridge mode.")]
[Output("endedBy", "string", Description = "Bridge mode: caller or callee.")]
[Output("answeredBy", "string", Description = "Bridge mode: the target that answered.")]
[Output("calleeCallId", "string")]
[Output("talkSeconds", "number")]
[Output("recordingId", "string")]
[Output("callId", "string")]
[Output("error", "string", Description = "Why the REFER was refused or the transfer failed.")]
public sealed class Transfer(CallChannels channels, PlacedCalls placed, CallConnector connector) : Activity<Transfer.Inputs>
{
    private readonly CallConnector _connector = connector;

    public sealed record Inputs(
        [property: Required, Input(Description = "Where to transfer: 101 or ext:101, group:sales, +15551234567 or sip:user@host.")] Expression<string> Target,
        [property: Input(Description = "refer (SIP REFER; the flow lets go of the call) or bridge (dial and bridge; the flow waits).")] TransferMode Mode = TransferMode.Refer,
        [property: Input(Description = "When a REFER is refused (or impossible), dial the target and bridge instead.")] bool Fallback = true,
        [property: Input(DisplayName = "Caller id", Description = "Bridge mode: number shown to the person called.")] Expression<string>? CallerId = null,
        [property: Range(1, 600), Input(DisplayName = "Ring timeout (s)", Description = "Bridge mode: overrides the target's ring time.")] Expression<double>? RingTimeoutSeconds = null,
        [property: Input(Description = "Call id; empty for the flow's call.")] Expression<string>? Call = null);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        if (!FlowCall.TryResolve(context, channels, inputs.Call, out var call)) return CallOutcomes.Failure;
        var resolution = await _connector.Targets.ResolveAsync(context.CompanyId, context.Eval(inputs.Target), context.CancellationToken);
        if (resolution.Target is not { } target)
        {
            context.SetOutput("error", resolution.Error);
            return CallOutcomes.Failure;
        }
        if (inputs.Mode == TransferMode.Refer)
        {
            context.SetOutput("mode", "refer");
            var (outcome, refusal) = await ReferAsync(context, call, target);
            if (outcome is { } decided) return decided;
            if (!inputs.Fallback)
            {
                context.SetOutput("error", refusal.Reason);
                return refusal.Refused ? Outcome.To("refused") : CallOutcomes.Failure;
            }
            context.Logger.LogInformation("Transfer of call {CallId} to {Target} falls back to a bridge: {Refusal}", call.Id, target.Value, refusal.Reason);
        }
        context.SetOutput("mode", "bridge");
        return await BridgeAsync(context, inputs, call, target);
    }

    private async ValueTask<Outcome> BridgeAsync(ActivityContext context, Inputs inputs, FlowCall call, CallTarget target)
    {
        TimeSpan? ringTimeout = null;
        if (inputs.RingTimeoutSeconds is not null)
        {
            var seconds = context.Eval(inputs.RingTimeoutSeconds);
            if (double.IsNaN(seconds) || seconds <= 0)
            {
                context.SetOutput("error", $"The ring timeout must be more than 0 seconds, not {seconds}.");
                return CallOutcomes.Failure;
            }
            ringTimeout = TimeSpan.FromSeconds(seconds);
        }
        var options = new ConnectOptions(context.CompanyId)
        {
            CallerId = ConnectOutcomes.CallerIdFor(context, call, target, inputs.CallerId),
            RingTimeout = ringTimeout,
            Owner = new CallOwner(context.CompanyId, context.FlowId, context.InstanceId),
            Dialling = callId => placed.Track(context.InstanceId, call.Channel, callId),
        };
        var result = await _connector.ConnectAsync(call.Channel, call.Id, target, options, context.CancellationToken);
        return ConnectOutcomes.From(context, result);
    }

    /// <summary>Sends the REFER: an outcome when it decided the node (transferred, hang-up), else why it did not happen.</summary>
    private static async ValueTask<(Outcome? Outcome, Refusal Refusal)> ReferAsync(ActivityContext context, FlowCall call, CallTarget target)
    {
        if (ReferTarget(target) is not { } referTo)
            return (null, new Refusal($"Group {target.Value} has no number to transfer to: give it a number, or use mode 'bridge'.", Refused: false));
        var referred = await call.Channel.TransferAsync(call.Id, referTo, context.CancellationToken);
        context.SetOutput("sipStatus", referred.StatusCode);
        return referred.Status switch
        {
            TransferStatus.Transferred => (Outcome.To("transferred"), default),
            TransferStatus.HungUp => (Outcome.To(CallOutcomes.HungUp), default),
            TransferStatus.Refused => (null, new Refusal(referred.Error ?? $"The transfer was refused ({referred.StatusCode}).", Refused: true)),
            _ => (null, new Refusal(referred.Error ?? "The transfer could not be requested.", Refused: false)),
        };
    }

    /// <summary>Why a REFER did not transfer; <see cref="Refused"/> when the party said no (else it was impossible).</summary>
    private readonly record struct Refusal(string Reason, bool Refused)
    {
        public override string ToString() => Reason;
    }

    /// <summary>What the REFER names: the extension's or group's number, or the outside number; null for a group without a number.</summary>
    private static string? ReferTarget(CallTarget target) => target.Kind switch
    {
        CallTargetKind.Extension => target.Value,
        CallTargetKind.Group => target.Group?.Number,
        _ => target.Value,
    };
}
