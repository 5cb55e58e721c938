namespace FlowBuilder.Engine.Campaigns.Operators;

/// <summary>Connect to operator's outcomes: <c>connected</c> (talked, then the operator or contact hung up), <c>no-operator</c>
/// (none free in time: the call is abandoned), <c>failed</c> (the operator's phone did not answer, or the call is not a campaign call),
/// <c>hangup</c> (the contact hung up first).</summary>
public enum OperatorConnectStatus
{
    Connected,
    NoOperator,
    Failed,
    HungUp,
}
