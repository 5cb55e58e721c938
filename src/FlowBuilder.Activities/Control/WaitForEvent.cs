using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Activities.Control;

/// <summary>Suspends until a named stimulus arrives (POST /api/instances/{id}/stimuli), or a timeout.</summary>
[Activity("control.wait-for-event", Category = "Control", DisplayName = "Wait for Event", Waits = true,
    Description = "Waits until an event with this name is sent to the instance ('received', payload in output 'payload'), or until the timeout ('timeout'). Events sent early are kept.")]
[Outcomes("received", "timeout")]
[Output("payload", Description = "The event's payload.")]
public sealed class WaitForEvent : Activity<WaitForEvent.Inputs>
{
    public sealed record Inputs(
        [property: Required, Input(DisplayName = "Event name")] string Event,
        [property: Input(Description = "When set, only an event with this correlation key resumes the flow.")] Expression<string>? CorrelationKey,
        [property: Input(Description = "Seconds to wait before taking 'timeout'; empty waits for ever.")] Expression<double>? TimeoutSeconds);

    protected override ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var key = inputs.CorrelationKey is null ? null : context.Eval(inputs.CorrelationKey);
        DateTimeOffset? due = inputs.TimeoutSeconds is null ? null : context.Time.GetUtcNow().AddSeconds(context.Eval(inputs.TimeoutSeconds));
        return ValueTask.FromResult(Outcome.Suspend(new Bookmark(inputs.Event, key, due)));
    }

    protected override ValueTask<Outcome> ResumeAsync(ActivityContext context, Inputs inputs, Stimulus stimulus)
    {
        if (stimulus.IsTimeout) return ValueTask.FromResult(Outcome.To("timeout"));
        context.SetOutput("payload", stimulus.Payload);
        return ValueTask.FromResult(Outcome.To("received"));
    }
}
