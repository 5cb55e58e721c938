using System.Text.Json;

namespace FlowBuilder.Server.Instances;

/// <summary>Body of <c>POST /api/instances/{id}/stimuli</c>: an event for the instance (DTMF, call event, callback).</summary>
/// <param name="Name">The stimulus name the waiting activity expects, e.g. <c>dtmf</c> or <c>callback</c>.</param>
/// <param name="Payload">Any JSON value handed to the activity.</param>
/// <param name="CorrelationKey">Must equal the bookmark's key when the wait has one.</param>
internal sealed record StimulusRequest(string? Name, JsonElement? Payload, string? CorrelationKey);
