using System.Text.Json;

namespace FlowBuilder.Server.Instances;

/// <summary>Body of <c>POST /api/flows/{id}/run</c>.</summary>
/// <param name="Input">Values for the flow's declared inputs.</param>
/// <param name="Version">A published version to run; the current published version when left out.</param>
/// <param name="CorrelationId">An id of your choosing to find the instance by later.</param>
/// <param name="Trigger">A trigger payload the flow sees as <c>trigger</c> (e.g. a webhook body typed into the designer's test console).</param>
/// <param name="Wait">Wait (bounded, FlowBuilder:Server:RunWaitSeconds) until the instance first suspends or finishes. Default true.</param>
internal sealed record RunRequest(Dictionary<string, JsonElement>? Input, int? Version, string? CorrelationId, bool? Wait, JsonElement? Trigger = null);
