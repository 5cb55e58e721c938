using FlowBuilder.Messaging.Transport;

namespace FlowBuilder.Messaging.Encoding;

/// <summary>Maps the words SMSCs and HTTP gateways use for a delivery state (SMPP receipt <c>stat:</c> words such as
/// DELIVRD/UNDELIV, and common gateway words such as delivered/failed) and SMPP message_state numbers.</summary>
internal static class DeliveryStatusWords
{
    private static readonly Dictionary<string, SmsDeliveryState> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DELIVRD"] = SmsDeliveryState.Delivered, ["delivered"] = SmsDeliveryState.Delivered, ["delivery_success"] = SmsDeliveryState.Delivered,
        ["EXPIRED"] = SmsDeliveryState.Expired,
        ["DELETED"] = SmsDeliveryState.Deleted,
        ["UNDELIV"] = SmsDeliveryState.Undeliverable, ["undeliverable"] = SmsDeliveryState.Undeliverable,
        ["undelivered"] = SmsDeliveryState.Undeliverable, ["failed"] = SmsDeliveryState.Undeliverable,
        ["failure"] = SmsDeliveryState.Undeliverable, ["delivery_failed"] = SmsDeliveryState.Undeliverable,
        ["ACCEPTD"] = SmsDeliveryState.Accepted, ["accepted"] = SmsDeliveryState.Accepted,
        ["UNKNOWN"] = SmsDeliveryState.Unknown,
        ["REJECTD"] = SmsDeliveryState.Rejected, ["rejected"] = SmsDeliveryState.Rejected,
        ["ENROUTE"] = SmsDeliveryState.Enroute, ["sent"] = SmsDeliveryState.Enroute, ["queued"] = SmsDeliveryState.Enroute,
        ["submitted"] = SmsDeliveryState.Enroute, ["buffered"] = SmsDeliveryState.Enroute, ["pending"] = SmsDeliveryState.Enroute,
    };

    /// <summary>The state a word names, or null for a word nobody told us about.</summary>
    public static SmsDeliveryState? FromWord(string? word) =>
        word is not null && Words.TryGetValue(word.Trim(), out var state) ? state : null;

    /// <summary>SMPP 3.4 message_state (5.2.28): 1 ENROUTE ... 8 REJECTED; null outside that range.</summary>
    public static SmsDeliveryState? FromMessageState(uint value) =>
        value is >= 1 and <= 8 ? (SmsDeliveryState)(value - 1) : null;
}
