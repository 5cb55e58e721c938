using System.Text.Json;

namespace FlowBuilder.Server.Calls;

/// <summary>Body of <c>POST /api/calls</c>.</summary>
/// <param name="FlowId">The published flow to run on the call once answered.</param>
/// <param name="To">The number (or SIP URI) to call.</param>
/// <param name="From">The caller id to present; the trunk's default when left out.</param>
/// <param name="Trunk">A configured trunk's name (FlowBuilder:Sip:Trunks); the default trunk when left out.</param>
/// <param name="RingTimeoutSeconds">How long it may ring before it counts as no answer, 1-300. Default 30.</param>
/// <param name="Channel"><c>sip</c> (default when SIP is enabled) or <c>simulator</c>.</param>
internal sealed record PlaceCallRequest(
    string? FlowId,
    string? To,
    string? From,
    string? Trunk,
    int? Version,
    Dictionary<string, JsonElement>? Input,
    int? RingTimeoutSeconds,
    string? Channel);
