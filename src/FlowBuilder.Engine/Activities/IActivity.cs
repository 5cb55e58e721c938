namespace FlowBuilder.Engine.Activities;

/// <summary>The engine's view of an activity. Integrators derive from <see cref="Activity{TInputs}"/> instead.</summary>
public interface IActivity
{
    Type InputsType { get; }
    ValueTask<Outcome> ExecuteAsync(ActivityContext context, object inputs);
    ValueTask<Outcome> ResumeAsync(ActivityContext context, object inputs, Stimulus stimulus);
}
