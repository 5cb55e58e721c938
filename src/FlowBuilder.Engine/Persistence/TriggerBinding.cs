using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Engine.Persistence;

/// <summary>Which published flow a webhook path, dialled number or schedule starts.</summary>
public sealed record TriggerBinding(TriggerType Type, string Key, string CompanyId, string FlowId, int Version, bool Synchronous);
