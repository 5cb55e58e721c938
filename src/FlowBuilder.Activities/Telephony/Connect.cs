using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Activities.Telephony;

/// <summary>Connects the flow's caller to an extension, a group or an outside number, and waits until the bridge ends.</summary>
[Activity("telephony.connect", Category = "Telephony", DisplayName = "Connect", Waits = true,
    Description = "Rings a target (101, ext:101, group:sales, +15551234567 or sip:…) with its forwarding rules, answers the caller when someone picks up, and bridges them. " +
        "'connected' when the callee hung up and the caller is still on the line; 'hangup' when the caller hung up (before or during the call); 'busy', 'no-answer' or 'failed' when nobody was reached.")]
[Outcomes(ConnectOutcomes.Connected, ConnectOutcomes.Busy, ConnectOutcomes.NoAnswer, CallOutcomes.Failed, CallOutcomes.HungUp)]
[Output("endedBy", "string", Description = "Who ended the call: caller or callee.")]
[Output("answeredBy", "string", Description = "The target that answered, after forwarding and transfers: ext:102, group:sales, +1555….")]
[Output("calleeCallId", "string")]
[Output("callee", "object", Description = "The leg that answered: { id, channel, direction, from, to, startedAt, answeredAt }; empty when nobody did.")]
[Output("talkSeconds", "number", Description = "Seconds bridged.")]
[Output("recordingId", "string", Description = "The recording of the call when 'record' is on.")]
[Output("sipStatus", "number")]
[Output("callId", "string")]
[Output("error", "string")]
public sealed class Connect(CallChannels channels, PlacedCalls placed, CallConnector connector) : Activity<Connect.Inputs>
{
    private readonly CallConnector _connector = connector;

    public sealed record Inputs(
        [property: Required, Input(Description = "Who to connect to: 101 or ext:101 (extension), group:sales, a group's number, +15551234567 or sip:user@host.")] Expression<string> Target,
        [property: Input(DisplayName = "Caller id", Description = "Number shown to the person called; empty for the caller's number (internal targets) or the trunk's default.")] Expression<string>? CallerId = null,
        [property: Range(1, 600), Input(DisplayName = "Ring timeout (s)", Description = "Overrides the extension's or group's ring time; 30 for outside numbers.")] Expression<double>? RingTimeoutSeconds = null,
        [property: Input(Description = "Record the call: none, caller (what the caller says) or both parties.")] RecordMode Record = RecordMode.None,
        [property: Input(DisplayName = "Allow transfers", Description = "The person answering may transfer the caller on (to the company's extensions and groups).")] bool AllowTransfers = true,
        [property: Input(Description = "Call id; empty for the flow's call.")] Expression<string>? Call = null);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        if (!FlowCall.TryResolve(context, channels, inputs.Call, out var call)) return CallOutcomes.Failure;
        var resolution = await _connector.Targets.ResolveAsync(context.CompanyId, context.Eval(inputs.Target), context.CancellationToken);
        if (resolution.Target is not { } target) return Fail(context, resolution.Error!);
        TimeSpan? ringTimeout = null;
        if (inputs.RingTimeoutSeconds is not null)
        {
            var seconds = context.Eval(inputs.RingTimeoutSeconds);
            if (double.IsNaN(seconds) || seconds <= 0) return Fail(context, $"The ring timeout must be more than 0 seconds, not {seconds}.");
            ringTimeout = TimeSpan.FromSeconds(seconds);
        }
        var owner = new CallOwner(context.CompanyId, context.FlowId, context.InstanceId);
        var options = new ConnectOptions(context.CompanyId)
        {
            CallerId = ConnectOutcomes.CallerIdFor(context, call, target, inputs.CallerId),
            RingTimeout = ringTimeout,
            Owner = owner,
            AllowTransfers = inputs.AllowTransfers,
            Recording = inputs.Record switch
            {
                RecordMode.Caller => new RecordingRequest(RecordingLegs.Caller, Owner: owner),
                RecordMode.Both => new RecordingRequest(RecordingLegs.Both, Owner: owner),
                _ => null,
            },
            Dialling = callId => placed.Track(context.InstanceId, call.Channel, callId),
        };
        var result = await _connector.ConnectAsync(call.Channel, call.Id, target, options, context.CancellationToken);
        context.SetOutput("callee", result.Callee?.ToFlowValue());
        return ConnectOutcomes.From(context, result);
    }

    private static Outcome Fail(ActivityContext context, string error)
    {
        context.SetOutput("error", error);
        return CallOutcomes.Failure;
    }
}
