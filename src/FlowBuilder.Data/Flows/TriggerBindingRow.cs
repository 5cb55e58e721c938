using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Persistence;

namespace FlowBuilder.Data.Flows;

/// <summary>(<see cref="Type"/>, <see cref="Key"/>) is unique across companies, so two published flows
/// can never answer the same webhook path or dialled number.</summary>
internal sealed class TriggerBindingRow
{
    public TriggerType Type { get; set; }
    public string Key { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string FlowId { get; set; } = "";
    public int Version { get; set; }
    public bool Synchronous { get; set; }

    public TriggerBinding ToBinding() => new(Type, Key, CompanyId, FlowId, Version, Synchronous);
}
