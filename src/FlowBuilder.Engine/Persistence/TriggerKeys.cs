using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Engine.Persistence;

/// <summary>The normalised key a trigger is bound under: a webhook path without slashes at either end
/// and in lower case; a dialled number as written; an SMS keyword in upper case.</summary>
public static class TriggerKeys
{
    public static string? For(FlowDefinition definition) => definition.Trigger switch
    {
        { Type: TriggerType.Webhook, Path: { Length: > 0 } path } => Normalize(TriggerType.Webhook, path),
        { Type: TriggerType.Call, Number: { Length: > 0 } number } => Normalize(TriggerType.Call, number),
        { Type: TriggerType.Sms, Keyword: { Length: > 0 } keyword } when !string.IsNullOrWhiteSpace(keyword) => Normalize(TriggerType.Sms, keyword),
        _ => null,
    };

    public static string Normalize(TriggerType type, string key) => type switch
    {
        TriggerType.Webhook => key.Trim().Trim('/').ToLowerInvariant(),
        TriggerType.Sms => key.Trim().ToUpperInvariant(),
        _ => key.Trim(),
    };
}
