using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Activities.Telephony;

/// <summary>Starts the flow when someone calls a number; publishing the flow binds the number to it.</summary>
[Activity("telephony.incoming-call", Category = "Telephony", DisplayName = "Incoming Call", IsTrigger = true,
    Description = "Starts this flow when the number is called. The call is ringing: answer it with Answer Call. The caller is trigger.call.from.")]
[BindsTrigger(TriggerType.Call, "number")]
[Output("callId", "string")]
[Output("from", "string", Description = "The caller's number.")]
[Output("to", "string", Description = "The number dialled.")]
public sealed class IncomingCall : Activity<IncomingCall.Inputs>
{
    public sealed record Inputs(
        [property: Required, Input(DisplayName = "Dialled number", Description = "The number (DID) callers dial, as the trunk sends it, e.g. +18005550100.")] string Number);

    protected override ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        if (context.Trigger is Dictionary<string, object?> trigger && trigger.GetValueOrDefault("call") is Dictionary<string, object?> call)
        {
            context.SetOutput("callId", call.GetValueOrDefault("id"));
            context.SetOutput("from", call.GetValueOrDefault("from"));
            context.SetOutput("to", call.GetValueOrDefault("to"));
        }
        return ValueTask.FromResult(Outcome.Done);
    }
}
