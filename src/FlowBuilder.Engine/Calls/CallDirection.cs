namespace FlowBuilder.Engine.Calls;

public enum CallDirection
{
    Inbound,
    Outbound,
}
