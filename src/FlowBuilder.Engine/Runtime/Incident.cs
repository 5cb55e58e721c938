namespace FlowBuilder.Engine.Runtime;

/// <summary>A fault that ended an instance (unwired fault, step limit, interruption by a restart).</summary>
public sealed record Incident(
    string Id,
    string InstanceId,
    string CompanyId,
    string FlowId,
    int FlowVersion,
    string? NodeId,
    string Kind,
    string Message,
    DateTimeOffset OccurredAt);
