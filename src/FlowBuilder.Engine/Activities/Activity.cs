namespace FlowBuilder.Engine.Activities;

/// <summary>
/// Base class of every activity: one DI constructor, one <typeparamref name="TInputs"/> record whose
/// properties are <see cref="Expression{T}"/> (or plain literal configuration), and
/// <see cref="ExecuteAsync(ActivityContext, TInputs)"/>. Activities that wait return
/// <see cref="Outcome.Suspend"/> and are called back on <see cref="ResumeAsync"/>. One activity
/// object serves every instance: keep per-instance state in the context, not in fields.
/// </summary>
public abstract class Activity<TInputs> : IActivity where TInputs : class
{
    Type IActivity.InputsType => typeof(TInputs);

    protected abstract ValueTask<Outcome> ExecuteAsync(ActivityContext context, TInputs inputs);

    /// <summary>Called when a stimulus matching the bookmark arrives, or its timer fires
    /// (<see cref="Stimulus.IsTimeout"/>). The default continues on <c>done</c>.</summary>
    protected virtual ValueTask<Outcome> ResumeAsync(ActivityContext context, TInputs inputs, Stimulus stimulus) =>
        ValueTask.FromResult(Outcome.Done);

    ValueTask<Outcome> IActivity.ExecuteAsync(ActivityContext context, object inputs) => ExecuteAsync(context, (TInputs)inputs);

    ValueTask<Outcome> IActivity.ResumeAsync(ActivityContext context, object inputs, Stimulus stimulus) =>
        ResumeAsync(context, (TInputs)inputs, stimulus);
}
