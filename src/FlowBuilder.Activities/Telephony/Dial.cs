using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

/// <summary>Places an outbound call and waits until it is answered or fails.</summary>
[Activity("telephony.dial", Category = "Telephony", DisplayName = "Dial", Waits = true,
    Description = "Calls a number through a trunk. 'answered' sets variable 'call' to the new call, so the nodes after it talk to the person called; 'busy', 'no-answer' or 'failed' otherwise. The call is hung up when the flow ends.")]
[Outcomes("answered", "busy", "no-answer", CallOutcomes.Failed)]
[Output("call", "object", Description = "The answered call: { id, channel, direction, from, to, startedAt, answeredAt }.")]
[Output("callId", "string")]
[Output("status", "string", Description = "answered, busy, no-answer or failed.")]
[Output("sipStatus", "number")]
[Output("error", "string")]
public sealed class Dial(CallChannels channels, PlacedCalls placed) : Activity<Dial.Inputs>
{
    public sealed record Inputs(
        [property: Required, Input(Description = "Number or SIP URI to call.")] Expression<string> To,
        [property: Input(DisplayName = "Caller id", Description = "Number shown to the person called; empty for the trunk's default.")] Expression<string>? CallerId,
        [property: Input(Description = "Configured trunk name; empty for the default trunk.")] Expression<string>? Trunk,
        [property: Range(1, 600), Input(DisplayName = "Ring timeout (s)", Description = "Default 30.")] Expression<double>? RingTimeoutSeconds = null,
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

        var callId = $"{channel.Channel}-{Guid.NewGuid():N}";
        context.SetOutput("callId", callId);
        placed.Track(context.InstanceId, channel, callId);
        var request = new DialRequest(to, NullIfEmpty(context.Eval(inputs.CallerId, null!)), NullIfEmpty(context.Eval(inputs.Trunk, null!)),
            TimeSpan.FromSeconds(ringSeconds), new CallOwner(context.CompanyId, context.FlowId, context.InstanceId)) { CallId = callId };
        var result = await channel.DialAsync(request, context.CancellationToken);
        context.SetOutput("sipStatus", result.StatusCode);
        switch (result.Status)
        {
            case DialStatus.Answered when result.Call is { } call:
                var value = call.ToFlowValue();
                context.SetVariable("call", value);
                context.SetOutput("call", value);
                context.SetOutput("status", "answered");
                return Outcome.To("answered");
            case DialStatus.Busy:
                context.SetOutput("status", "busy");
                return Outcome.To("busy");
            case DialStatus.NoAnswer:
                context.SetOutput("status", "no-answer");
                return Outcome.To("no-answer");
            default:
                return Fail(context, result.Reason ?? "The call could not be placed.");
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
