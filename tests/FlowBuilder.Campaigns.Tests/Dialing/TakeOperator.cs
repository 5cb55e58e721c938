using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Campaigns.Tests.Dialing;

/// <summary>A stand-in for Connect to operator in dialer tests: the answered call takes a Ready operator of the test's pool
/// (→ <c>connected</c>), or is abandoned when none is Ready (→ <c>abandoned</c>, the attempt marked so).</summary>
// Named like the real block (so campaign start accepts the flow) at version 2, beside the built-in version 1 the engine registers.
[Activity("campaign.connect-operator", Version = 2, Category = "Test", DisplayName = "Take operator (test)")]
[Outcomes("connected", "abandoned")]
internal sealed class TakeOperator(ILiveAttempts live, FakeOperatorPool pool) : Activity<TakeOperator.Inputs>
{
    public sealed record Inputs(Expression<string>? Note);

    protected override ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var attempt = live.FindByInstance(context.InstanceId) ?? throw new InvalidOperationException($"Instance {context.InstanceId} is not a live campaign attempt.");
        if (attempt.ReservedOperator is { } reserved)
        {
            attempt.Operator = reserved;
            pool.Finish(attempt.Campaign.Id, attempt.Attempt.Id);
            return ValueTask.FromResult(Outcome.To("connected"));
        }
        if (pool.TryTake())
        {
            attempt.Operator = "op";
            return ValueTask.FromResult(Outcome.To("connected"));
        }
        attempt.Abandoned = true;
        return ValueTask.FromResult(Outcome.To("abandoned"));
    }
}
