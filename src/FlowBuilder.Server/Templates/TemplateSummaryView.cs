using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Server.Templates;

/// <summary>One template in the list: <see cref="Id"/> is its file name without <c>.flow.json</c>;
/// <see cref="Trigger"/> is the trigger's type, null when the flow declares none.</summary>
internal sealed record TemplateSummaryView(string Id, string Name, string? Description, TriggerType? Trigger, int NodeCount)
{
    public static TemplateSummaryView From(string id, FlowDefinition flow) =>
        new(id, flow.Name, flow.Description, flow.Trigger?.Type, flow.Nodes.Count);
}
