using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Activities.Control;

/// <summary>Completes the instance with an optional result.</summary>
[Activity("control.end", Category = "Control", DisplayName = "End",
    Description = "Ends the flow here, with an optional result returned to whoever started it.")]
[Outcomes]
public sealed class End : Activity<End.Inputs>
{
    public sealed record Inputs(Expression<object?>? Result);

    protected override ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        if (inputs.Result is not null) context.SetResult(context.Eval(inputs.Result));
        return ValueTask.FromResult(Outcome.End);
    }
}
