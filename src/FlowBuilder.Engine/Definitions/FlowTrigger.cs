using System.Text.Json.Serialization;

namespace FlowBuilder.Engine.Definitions;

/// <summary>What starts the flow besides an explicit run: a webhook path, a dialled number or a schedule.</summary>
public sealed record FlowTrigger
{
    public TriggerType Type { get; init; } = TriggerType.Manual;

    /// <summary>Webhook path under <c>/hooks/</c>, without a leading slash.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Path { get; init; }

    /// <summary>Webhook mode: answer when the flow replies (<c>true</c>) or at once with 202.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Synchronous { get; init; }

    /// <summary>Webhook: only requests signed with the flow's webhook secret (HMAC-SHA256, header
    /// <c>X-FlowBuilder-Signature</c>) start the flow; others get 401.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Signed { get; init; }

    /// <summary>Dialled number (DID) for call triggers.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Number { get; init; }

    /// <summary>Cron expression for scheduled triggers.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Cron { get; init; }

    /// <summary>SMS triggers: the first word of an inbound message that starts the flow (case-insensitive), e.g. <c>JOIN</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Keyword { get; init; }
}
