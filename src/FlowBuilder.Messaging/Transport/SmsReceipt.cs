namespace FlowBuilder.Messaging.Transport;

/// <summary>A delivery receipt for one part, named by the network's id from <see cref="SmsSubmitResult.PartIds"/>.</summary>
public sealed record SmsReceipt(string NetworkMessageId, SmsDeliveryState State, string? ErrorCode, DateTimeOffset ReceivedAt, string? Raw = null);
