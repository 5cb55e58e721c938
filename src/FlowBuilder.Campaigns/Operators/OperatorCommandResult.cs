namespace FlowBuilder.Campaigns.Operators;

/// <summary>The operator's view after a command, or why it was refused (<see cref="Problem"/>: <c>not-found</c> → 404,
/// <c>conflict</c> → 409, <c>invalid</c> → 422).</summary>
public sealed record OperatorCommandResult(OperatorView? View, string? Problem = null, string? Error = null)
{
    public bool Succeeded => Problem is null;

    public static OperatorCommandResult Ok(OperatorView view) => new(view);
}
