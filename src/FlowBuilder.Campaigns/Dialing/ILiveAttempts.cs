namespace FlowBuilder.Campaigns.Dialing;

/// <summary>The attempts in flight on this node, by the flow instance that runs on the call (the dialer registers each one
/// before it starts the flow and removes it when the attempt is finished).</summary>
internal interface ILiveAttempts
{
    LiveAttempt? FindByInstance(string instanceId);
}
