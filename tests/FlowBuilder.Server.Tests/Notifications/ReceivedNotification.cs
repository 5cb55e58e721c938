using System.Text.Json.Nodes;
using FlowBuilder.Engine.Http;

namespace FlowBuilder.Server.Tests.Notifications;

/// <summary>One POST the test receiver got, with how its signature checked against the secret the receiver held then.</summary>
internal sealed record ReceivedNotification(
    string? EventId, string? EventType, int Attempt, string? DeliveryId, SignatureCheck Signature, JsonObject Body, int AnsweredWith)
{
    public byte[] RawBody { get; init; } = [];

    public string? SignatureHeader { get; init; }
}
