using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Data.Instances;

internal sealed class IncidentRow
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string FlowId { get; set; } = "";
    public int FlowVersion { get; set; }
    public string? NodeId { get; set; }
    public string Kind { get; set; } = "";
    public string Message { get; set; } = "";
    public DateTimeOffset OccurredAt { get; set; }

    public Incident ToIncident() => new(Id, InstanceId, CompanyId, FlowId, FlowVersion, NodeId, Kind, Message, OccurredAt);
}
