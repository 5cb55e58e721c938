using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

/// <summary>Ends the call.</summary>
[Activity("telephony.hangup", Category = "Telephony", DisplayName = "Hang Up",
    Description = "Ends the call (the flow goes on, without it). Hanging up a call that has already ended does nothing.")]
[Outcomes("done", CallOutcomes.Failed)]
[Output("callId", "string")]
[Output("error", "string")]
public sealed class HangUp(CallChannels channels) : Activity<HangUp.Inputs>
{
    public sealed record Inputs(
        [property: Input(Description = "Call id; empty for the flow's call.")] Expression<string>? Call);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        if (!FlowCall.TryResolve(context, channels, inputs.Call, out var call)) return CallOutcomes.Failure;
        await call.Channel.HangUpAsync(call.Id, HangUpCause.Normal, context.CancellationToken);
        return Outcome.Done;
    }
}
