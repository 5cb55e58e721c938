namespace FlowBuilder.Engine.Definitions;

public enum TriggerType
{
    Manual,
    Webhook,
    Call,
    Schedule,
    Sms,
}
