using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Activities.Control;

/// <summary>Sets one flow variable to the value of an expression.</summary>
[Activity("control.set-variable", Category = "Control", DisplayName = "Set Variable",
    Description = "Stores a value in a flow variable, readable later as vars.name.")]
public sealed class SetVariable : Activity<SetVariable.Inputs>
{
    public sealed record Inputs(
        [property: Required, Input(DisplayName = "Variable", Description = "Name of the variable to set.")] string Variable,
        [property: Input(Description = "The value: a literal, a {{ }} template or a js: expression.")] Expression<object?>? Value);

    protected override ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        context.SetVariable(inputs.Variable, inputs.Value is null ? null : context.Eval(inputs.Value));
        return ValueTask.FromResult(Outcome.Done);
    }
}
