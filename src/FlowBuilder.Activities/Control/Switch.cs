using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Activities.Control;

/// <summary>Takes the first case whose condition holds, else "default".</summary>
[Activity("control.switch", Category = "Control", DisplayName = "Switch",
    Description = "Checks its cases in order and goes on along the first whose condition holds; 'default' when none does.")]
[Outcomes("default")]
[DynamicOutcomes("cases", "name")]
public sealed class Switch : Activity<Switch.Inputs>
{
    public sealed record Inputs(IReadOnlyList<SwitchCase> Cases);

    protected override ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        foreach (var @case in inputs.Cases)
        {
            if (context.Eval(@case.Condition)) return ValueTask.FromResult(Outcome.To(@case.Name));
        }
        return ValueTask.FromResult(Outcome.To("default"));
    }
}
