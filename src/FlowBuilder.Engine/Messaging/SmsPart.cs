namespace FlowBuilder.Engine.Messaging;

/// <summary>One part of a sent message as the network named it, with the state its last receipt reported
/// (<c>delivered</c>, <c>undeliverable</c>, …; null before any receipt).</summary>
public sealed record SmsPart(string NetworkId, string? State = null);
