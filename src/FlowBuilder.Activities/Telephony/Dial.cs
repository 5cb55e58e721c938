using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

/// <summary>Places an outbound call (or rings an extension or group) and waits until it is answered or fails.</summary>
[Activity("telephony.dial", Category = "Telephony", DisplayName = "Dial", Waits = true,
    Description = "Calls a number through a trunk, or rings one of the company's extensions (101, ext:101, with its forwarding) or groups (group:sales, by its ring mode). " +
        "'answered' sets variable 'call' to the new call, so the nodes after it talk to the person called; 'busy', 'no-answer' or 'failed' otherwise. The call is hung up when the flow ends.")]
[Outcomes("answered", "busy", "no-answer", CallOutcomes.Failed)]
[Output("call", "object", Description = "The answered call: { id, channel, direction, from, to, startedAt, answeredAt }.")]
[Output("callId", "string", Description = "The call placed (for a group or forwarded extension: the leg that answered, else the last one rung).")]
[Output("status", "string", Description = "answered, busy, no-answer or failed.")]
[Output("answeredBy", "string", Description = "Who answered, after forwarding and group ringing: ext:102, +1555…; empty when nobody did.")]
[Output("sipStatus", "number")]
[Output("error", "string")]
public sealed class Dial(CallChannels channels, PlacedCalls placed, CallConnector connector) : Activity<Dial.Inputs>
{
    public sealed record Inputs(
        [property: Required, Input(Description = "Who to call: a number or SIP URI, an extension (101 or ext:101) or a group (group:sales).")] Expression<string> To,
        [property: Input(DisplayName = "Caller id", Description = "Number shown to the person called; empty for the trunk's default.")] Expression<string>? CallerId,
        [property: Input(Description = "Configured trunk name; empty for the default trunk.")] Expression<string>? Trunk,
        [property: Range(1, 600), Input(DisplayName = "Ring timeout (s)", Description = "Default 30 for numbers; an extension's or group's own ring time when empty.")] Expression<double>? RingTimeoutSeconds = null,
        [property: Input(Description = "A call whose channel to dial on; empty for the flow's call, or the default channel when it has none.")] Expression<string>? Call = null);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var to = context.Eval(inputs.To);
        if (string.IsNullOrWhiteSpace(to)) return Fail(context, "Dial needs a number to call ('to' is empty).");
        var ringSeconds = context.Eval(inputs.RingTimeoutSeconds, 30);
        if (double.IsNaN(ringSeconds) || ringSeconds <= 0) return Fail(context, $"The ring timeout must be more than 0 seconds, not {ringSeconds}.");
        var current = FlowCall.IdFor(context, inputs.Call);
        var channel = (current is null ? null : channels.For(current)) ?? channels.Default;
        if (channel is null) return Fail(context, "No call channel to dial on: enable SIP (FlowBuilder:Sip:Enabled), or run the flow on a simulated call.");
        var callerId = NullIfEmpty(context.Eval(inputs.CallerId, null!));
        var trunk = NullIfEmpty(context.Eval(inputs.Trunk, null!));

        if (await InternalTargetAsync(context, to) is { } internalTarget)
        {
            if (internalTarget.Target is not { } target) return Fail(context, internalTarget.Error!);
            return await ReachAsync(context, channel, target, callerId, trunk, inputs.RingTimeoutSeconds is null ? null : TimeSpan.FromSeconds(ringSeconds));
        }

        var callId = $"{channel.Channel}-{Guid.NewGuid():N}";
        context.SetOutput("callId", callId);
        placed.Track(context.InstanceId, channel, callId);
        var request = new DialRequest(to, callerId, trunk, TimeSpan.FromSeconds(ringSeconds), new CallOwner(context.CompanyId, context.FlowId, context.InstanceId)) { CallId = callId };
        var result = await channel.DialAsync(request, context.CancellationToken);
        return Outcomes(context, result.Status, result.Call, result.Status == DialStatus.Answered ? to.Trim() : null, result.StatusCode, result.Reason);
    }

    /// <summary>The resolution of an extension or group target (ext:…, group:…, or a short digit string that names one); null for
    /// numbers and SIP URIs, which are dialled as written. A short digit string that names no extension or group is dialled as a number.</summary>
    private async ValueTask<CallTargetResolution?> InternalTargetAsync(ActivityContext context, string to)
    {
        var text = to.Trim();
        var prefixed = text.StartsWith("ext:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("group:", StringComparison.OrdinalIgnoreCase);
        var shortDigits = text.Length <= CallTargets.MaxInternalDigits && text.All(char.IsAsciiDigit);
        if (!prefixed && !shortDigits) return null;
        var resolution = await connector.Targets.ResolveAsync(context.CompanyId, text, context.CancellationToken);
        if (prefixed) return resolution;
        return resolution.Target is { Kind: not CallTargetKind.Number } ? resolution : null;
    }

    private async ValueTask<Outcome> ReachAsync(ActivityContext context, ICallControl channel, CallTarget target, string? callerId, string? trunk, TimeSpan? ringTimeout)
    {
        string? lastLeg = null;
        var options = new ConnectOptions(context.CompanyId)
        {
            CallerId = callerId,
            Trunk = trunk,
            RingTimeout = ringTimeout,
            Owner = new CallOwner(context.CompanyId, context.FlowId, context.InstanceId),
            Dialling = callId =>
            {
                lastLeg = callId;
                placed.Track(context.InstanceId, channel, callId);
            },
        };
        var reached = await connector.ReachAsync(channel, target, options, context.CancellationToken);
        context.SetOutput("callId", reached.Call?.Id ?? lastLeg);
        return Outcomes(context, reached.Status, reached.Call, reached.AnsweredBy is { } by ? ConnectOutcomes.Describe(by) : null, reached.SipStatus, reached.Reason);
    }

    private static Outcome Outcomes(ActivityContext context, DialStatus status, CallInfo? call, string? answeredBy, int? sipStatus, string? reason)
    {
        context.SetOutput("sipStatus", sipStatus);
        switch (status)
        {
            case DialStatus.Answered when call is not null:
                var value = call.ToFlowValue();
                context.SetVariable("call", value);
                context.SetOutput("call", value);
                context.SetOutput("status", "answered");
                context.SetOutput("answeredBy", answeredBy);
                return Outcome.To("answered");
            case DialStatus.Busy:
                context.SetOutput("status", "busy");
                return Outcome.To("busy");
            case DialStatus.NoAnswer:
                context.SetOutput("status", "no-answer");
                return Outcome.To("no-answer");
            default:
                return Fail(context, reason ?? "The call could not be placed.");
        }
    }

    private static Outcome Fail(ActivityContext context, string error)
    {
        context.SetOutput("status", "failed");
        context.SetOutput("error", error);
        return CallOutcomes.Failure;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
