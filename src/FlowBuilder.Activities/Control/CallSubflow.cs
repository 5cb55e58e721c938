using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Activities.Control;

/// <summary>Runs another published flow as a child and, by default, waits for its result.</summary>
[Activity("control.call-subflow", Category = "Control", DisplayName = "Call Subflow", Waits = true,
    Description = "Starts another published flow with the given input and waits for it: 'done' when it completes, 'failed' when it faults or is cancelled.")]
[Outcomes("done", "failed")]
[Output("instanceId", "string")]
[Output("result", Description = "The child's result (its End activity).")]
[Output("status", "string")]
public sealed class CallSubflow : Activity<CallSubflow.Inputs>
{
    public sealed record Inputs(
        [property: Required, Input(DisplayName = "Flow", Description = "Id of the published flow to run.")] string FlowId,
        [property: Input(Description = "Input object for the child flow.")] Expression<Dictionary<string, object?>>? Input,
        [property: Input(DisplayName = "Wait for completion")] bool Wait = true);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var input = inputs.Input is null ? [] : context.Eval(inputs.Input) ?? [];
        var childId = await context.StartChildAsync(inputs.FlowId, input, context.CancellationToken);
        context.SetOutput("instanceId", childId);
        return inputs.Wait ? Outcome.Suspend(new Bookmark(SubflowStimulus.Completed, CorrelationKey: childId)) : Outcome.Done;
    }

    protected override ValueTask<Outcome> ResumeAsync(ActivityContext context, Inputs inputs, Stimulus stimulus)
    {
        var payload = stimulus.Payload as Dictionary<string, object?>;
        var status = payload?.GetValueOrDefault("status") as string;
        context.SetOutput("instanceId", stimulus.CorrelationKey);
        context.SetOutput("status", status);
        context.SetOutput("result", payload?.GetValueOrDefault("result"));
        if (status == nameof(InstanceStatus.Completed)) return ValueTask.FromResult(Outcome.Done);
        context.SetOutput("fault", payload?.GetValueOrDefault("fault"));
        return ValueTask.FromResult(Outcome.To("failed"));
    }
}
