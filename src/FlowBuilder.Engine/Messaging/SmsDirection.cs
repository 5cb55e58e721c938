namespace FlowBuilder.Engine.Messaging;

public enum SmsDirection
{
    Outbound,
    Inbound,
}
