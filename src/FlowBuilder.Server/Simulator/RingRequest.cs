using System.Text.Json;

namespace FlowBuilder.Server.Simulator;

/// <summary>Body of <c>POST /api/simulator/calls</c>.</summary>
/// <param name="To">The dialled number; with no <paramref name="FlowId"/>, the published flow bound to it answers.</param>
/// <param name="From">The caller's number. Default <c>+10000000000</c>.</param>
/// <param name="FlowId">A published flow to run whatever was dialled (the designer's test console).</param>
/// <param name="Version">The flow's published version; the latest when left out.</param>
/// <param name="Input">The flow's inputs, when it runs by <paramref name="FlowId"/>.</param>
internal sealed record RingRequest(string? To, string? From, string? FlowId, int? Version, Dictionary<string, JsonElement>? Input);
