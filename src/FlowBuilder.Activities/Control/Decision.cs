using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Activities.Control;

/// <summary>Takes "true" or "false" by a condition.</summary>
[Activity("control.decision", Category = "Control", DisplayName = "Decision",
    Description = "Goes on along 'true' or 'false' depending on a condition, e.g. js: vars.attempts < 3.")]
[Outcomes("true", "false")]
public sealed class Decision : Activity<Decision.Inputs>
{
    private static readonly ValueTask<Outcome> True = ValueTask.FromResult(Outcome.To("true"));
    private static readonly ValueTask<Outcome> False = ValueTask.FromResult(Outcome.To("false"));

    public sealed record Inputs(
        [property: Input(Description = "A JavaScript condition; JavaScript truthiness decides.", DefaultSyntax = "javascript", Editor = "code")] Expression<bool> Condition);

    protected override ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs) =>
        context.Eval(inputs.Condition) ? True : False;
}
