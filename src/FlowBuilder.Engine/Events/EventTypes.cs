namespace FlowBuilder.Engine.Events;

/// <summary>The event types subscribers can ask for.</summary>
public static class EventTypes
{
    public const string CallStarted = "call.started";
    public const string CallAnswered = "call.answered";
    public const string CallEnded = "call.ended";
    public const string FlowCompleted = "flow.completed";
    public const string FlowFaulted = "flow.faulted";
    public const string SmsDelivered = "sms.delivered";
    public const string SmsFailed = "sms.failed";
    public const string SmsReceived = "sms.received";
    public const string CampaignStarted = "campaign.started";
    public const string CampaignCompleted = "campaign.completed";

    public static readonly IReadOnlyList<string> All =
    [
        CallStarted, CallAnswered, CallEnded, FlowCompleted, FlowFaulted, SmsDelivered, SmsFailed, SmsReceived, CampaignStarted, CampaignCompleted,
    ];
}
