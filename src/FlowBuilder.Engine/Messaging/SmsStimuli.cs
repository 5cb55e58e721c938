namespace FlowBuilder.Engine.Messaging;

public static class SmsStimuli
{
    /// <summary>Delivered to the instance that sent a message when its receipt makes it delivered or failed, keyed by
    /// the message id; payload <c>{ messageId, status, parts, error }</c>.</summary>
    public const string Status = "sms.status";
}
