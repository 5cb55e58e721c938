using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns.Operators;

namespace FlowBuilder.Campaigns.Tests.Dialing;

/// <summary>The operator side of dialer tests, behind the real Connect to operator block: the answered call takes its reserved
/// operator or a Ready one of the test's pool (→ connected), or is abandoned when none is Ready (→ no-operator, the attempt marked so).</summary>
internal sealed class FakeOperatorConnector(ILiveAttempts live, FakeOperatorPool pool) : IOperatorConnector
{
    public ValueTask<OperatorConnectResult> ConnectAsync(string instanceId, ICallControl channel, string callId, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var attempt = live.FindByInstance(instanceId) ?? throw new InvalidOperationException($"Instance {instanceId} is not a live campaign attempt.");
        if (attempt.ReservedOperator is { } reserved)
        {
            attempt.Operator = reserved;
            pool.Finish(attempt.Campaign.Id, attempt.Attempt.Id);
            return ValueTask.FromResult(new OperatorConnectResult(OperatorConnectStatus.Connected, reserved));
        }
        if (pool.TryTake())
        {
            attempt.Operator = "op";
            return ValueTask.FromResult(new OperatorConnectResult(OperatorConnectStatus.Connected, "op"));
        }
        attempt.Abandoned = true;
        return ValueTask.FromResult(new OperatorConnectResult(OperatorConnectStatus.NoOperator));
    }
}
