using System.Text.Json.Serialization;
using FlowBuilder.Engine.Messaging;

namespace FlowBuilder.Server.Sms;

/// <summary>A message as the API shows it: <see cref="NetworkParts"/> are the network's id and last receipt state of each part;
/// <see cref="History"/> only for a single message.</summary>
internal sealed record SmsMessageView(
    string Id,
    string Direction,
    string From,
    string To,
    string Text,
    string Encoding,
    string Status,
    int Parts,
    IReadOnlyList<SmsPart> NetworkParts,
    string? Error,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    string? InstanceId,
    string? NodeId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SmsStatusChangeView>? History)
{
    public static SmsMessageView Of(SmsMessage message, bool withHistory) => new(
        message.Id, message.Direction == SmsDirection.Inbound ? "inbound" : "outbound", message.From, message.To, message.Text, message.Encoding,
        SmsStatuses.Name(message.Status), message.Parts.Count, message.Parts, message.Error, message.Attempts, message.NextAttemptAt,
        message.InstanceId, message.NodeId, message.CreatedAt, message.UpdatedAt,
        withHistory ? message.History.Select(h => new SmsStatusChangeView(SmsStatuses.Name(h.Status), h.At, h.Detail)).ToList() : null);
}
