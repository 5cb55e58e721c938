using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Activities.Control;

/// <summary>Runs JavaScript in the sandbox; the script may change vars and return a value.</summary>
[Activity("control.run-script", Category = "Control", DisplayName = "Run Script",
    Description = "Runs JavaScript (ES5). It can read input, trigger and outputs, change vars, and return a value (output 'result').")]
[Output("result", Description = "What the script returned (or its last expression's value).")]
public sealed class RunScript : Activity<RunScript.Inputs>
{
    public sealed record Inputs(
        [property: Input(DefaultSyntax = "javascript", Editor = "code", Description = "JavaScript; 'return x;' or a last expression gives the result.")] Expression<object?> Script);

    protected override ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        context.SetOutput("result", context.Eval(inputs.Script));
        return ValueTask.FromResult(Outcome.Done);
    }
}
