using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Events;

namespace FlowBuilder.Activities.Telephony;

/// <summary>Answers the ringing call that started the flow.</summary>
[Activity("telephony.answer", Category = "Telephony", DisplayName = "Answer Call", Waits = true,
    Description = "Answers the incoming call. 'hangup' when the caller gave up before, 'failed' (output 'error') when it cannot be answered.")]
[Outcomes("done", CallOutcomes.HungUp, CallOutcomes.Failed)]
[Output("callId", "string")]
[Output("error", "string")]
public sealed class AnswerCall(CallChannels channels, IEventPublisher events) : Activity<AnswerCall.Inputs>
{
    public sealed record Inputs(
        [property: Input(Description = "Call id; empty for the flow's call.")] Expression<string>? Call);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        if (!FlowCall.TryResolve(context, channels, inputs.Call, out var call)) return CallOutcomes.Failure;
        var result = await call.Channel.AnswerAsync(call.Id, context.CancellationToken);
        if (result.Status == CallOperationStatus.Completed && call.Channel.Find(call.Id) is { } answered)
        {
            var owner = new CallOwner(context.CompanyId, context.FlowId, context.InstanceId);
            await events.PublishQuietlyAsync(CallEvents.Answered(answered, owner, answered.AnsweredAt ?? context.Time.GetUtcNow()), context.Logger);
        }
        return CallOutcomes.From(context, result);
    }
}
