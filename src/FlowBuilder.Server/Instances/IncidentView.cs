using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Server.Instances;

/// <summary>A fault that ended an instance.</summary>
internal sealed record IncidentView(string Id, string FlowId, int FlowVersion, string? NodeId, string Kind, string Message, DateTimeOffset OccurredAt)
{
    public static IncidentView From(Incident i) => new(i.Id, i.FlowId, i.FlowVersion, i.NodeId, i.Kind, i.Message, i.OccurredAt);
}
