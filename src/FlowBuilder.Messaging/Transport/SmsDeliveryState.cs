namespace FlowBuilder.Messaging.Transport;

/// <summary>A receipt's state (SMPP 3.4 message_state / the receipt's <c>stat:</c> field).</summary>
public enum SmsDeliveryState
{
    Enroute,
    Delivered,
    Expired,
    Deleted,
    Undeliverable,
    Accepted,
    Unknown,
    Rejected,
}
