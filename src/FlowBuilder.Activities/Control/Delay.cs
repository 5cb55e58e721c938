using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Activities.Control;

/// <summary>Waits a number of seconds. The instance is persisted while it waits and survives a restart.</summary>
[Activity("control.delay", Category = "Control", DisplayName = "Delay", Waits = true,
    Description = "Pauses the flow for a number of seconds; the wait survives a server restart.")]
public sealed class Delay : Activity<Delay.Inputs>
{
    public sealed record Inputs(
        [property: Required, Range(0, 31_536_000), Input(Description = "How long to wait, in seconds.")] Expression<double> Seconds);

    protected override ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var seconds = context.Eval(inputs.Seconds);
        if (double.IsNaN(seconds) || seconds < 0) return ValueTask.FromResult(Outcome.Fault($"Delay needs a number of seconds of 0 or more, not {seconds}."));
        var due = context.Time.GetUtcNow().AddSeconds(seconds);
        return ValueTask.FromResult(Outcome.Suspend(new Bookmark("delay", ResumeAt: due)));
    }

    protected override ValueTask<Outcome> ResumeAsync(ActivityContext context, Inputs inputs, Stimulus stimulus) =>
        ValueTask.FromResult(Outcome.Done);
}
