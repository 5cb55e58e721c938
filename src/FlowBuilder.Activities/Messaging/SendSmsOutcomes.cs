namespace FlowBuilder.Activities.Messaging;

/// <summary>Send SMS's outcome ports.</summary>
internal static class SendSmsOutcomes
{
    public const string Sent = "sent";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
    public const string OptedOut = "opted-out";
    public const string Timeout = "timeout";
}
