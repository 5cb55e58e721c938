using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Engine.Campaigns.Operators;

/// <summary>
/// The port the <c>campaign.connect-operator</c> activity uses: connects a campaign call to an operator. Progressive and preview
/// calls go to the operator reserved for them; predictive calls to the first operator free within <paramref name="maxWait"/>
/// (none: <see cref="OperatorConnectStatus.NoOperator"/>, and the attempt is recorded as abandoned).
/// Implemented by the campaign dialer (FlowBuilder.Campaigns).
/// </summary>
public interface IOperatorConnector
{
    ValueTask<OperatorConnectResult> ConnectAsync(string instanceId, ICallControl channel, string callId, TimeSpan maxWait, CancellationToken cancellationToken);

    /// <summary>As <see cref="ConnectAsync(string, ICallControl, string, TimeSpan, CancellationToken)"/>; with
    /// <paramref name="record"/> both parties are recorded while connected (<see cref="OperatorConnectResult.RecordingId"/>).</summary>
    ValueTask<OperatorConnectResult> ConnectAsync(string instanceId, ICallControl channel, string callId, TimeSpan maxWait, bool record, CancellationToken cancellationToken) =>
        ConnectAsync(instanceId, channel, callId, maxWait, cancellationToken);
}
